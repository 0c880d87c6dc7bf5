package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code admin_status} and {@code oper_status} of a port. */
@XmlEnum
public enum PortStatus {
    @XmlEnumValue("on") ON,
    @XmlEnumValue("off") OFF,
    @XmlEnumValue("unknown") UNKNOWN;

    public static PortStatus of(boolean on) {
        return on ? ON : OFF;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
