package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

import java.util.Optional;

/** The duplex modes the protocol knows. */
@XmlEnum
public enum Duplex {
    @XmlEnumValue("auto") AUTO,
    @XmlEnumValue("half") HALF,
    @XmlEnumValue("full") FULL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Duplex> parse(String s) {
        for (Duplex v : values()) {
            if (v.wire().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
