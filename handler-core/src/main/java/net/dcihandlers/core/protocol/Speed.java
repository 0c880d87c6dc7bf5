package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

import java.util.Optional;

/** The port speeds the protocol knows. */
@XmlEnum
public enum Speed {
    @XmlEnumValue("auto") AUTO("auto"),
    @XmlEnumValue("auto10100") AUTO10100("auto10100"),
    @XmlEnumValue("10mbps") MBPS10("10mbps"),
    @XmlEnumValue("100mbps") MBPS100("100mbps"),
    @XmlEnumValue("1gbps") GBPS1("1gbps"),
    @XmlEnumValue("10gbps") GBPS10("10gbps");

    private final String wire;

    Speed(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Speed> parse(String s) {
        for (Speed v : values()) {
            if (v.wire.equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
