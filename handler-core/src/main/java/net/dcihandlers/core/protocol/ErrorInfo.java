package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The {@code error} element: the panel shows {@code text} and ignores the rest of the document. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"type", "text"})
public class ErrorInfo {
    @XmlElement(name = "type")
    private String type;
    @XmlElement(name = "text")
    private String text;

    ErrorInfo() {
    }

    public ErrorInfo(ErrorType type, String text) {
        this.type = type.wire();
        this.text = XmlText.clean(text);
    }

    public String type() { return type; }
    public String text() { return text; }
}
