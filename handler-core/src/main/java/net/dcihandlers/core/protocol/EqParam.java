package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;

/** A named UPS parameter: {@code <eq_param name="..."><floatvalue>..</floatvalue></eq_param>}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"strValue", "floatValue"})
public class EqParam {
    @XmlAttribute(name = "name", required = true)
    private String name;
    @XmlElement(name = "strvalue")
    private String strValue;
    @XmlElement(name = "floatvalue")
    private BigDecimal floatValue;

    EqParam() {
    }

    private EqParam(String name, String strValue, BigDecimal floatValue) {
        this.name = name;
        this.strValue = XmlText.clean(strValue);
        this.floatValue = floatValue;
    }

    public static EqParam text(String name, String value) {
        return new EqParam(name, value, null);
    }

    public static EqParam number(String name, BigDecimal value) {
        return new EqParam(name, null, value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros());
    }

    public String name() { return name; }
    public String strValue() { return strValue; }
    public BigDecimal floatValue() { return floatValue; }
}
