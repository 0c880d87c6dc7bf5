package net.dcihandlers.core.snmp;

import net.dcihandlers.core.HandlerException;

/** The SNMP versions of {@code snmp_ver}. */
public enum SnmpVersion {
    V1("v1"), V2C("v2c"), V3("v3");

    private final String label;

    SnmpVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code SNMP v1}, {@code SNMP v2c}, {@code SNMP v3}; an absent version means v2c, as the panel's default. */
    public static SnmpVersion fromWire(String s) throws HandlerException {
        if (s == null || s.isBlank()) {
            return V2C;
        }
        String t = s.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "snmpv1", "v1", "1" -> V1;
            case "snmpv2c", "v2c", "2c", "snmpv2", "2" -> V2C;
            case "snmpv3", "v3", "3" -> V3;
            default -> throw HandlerException.badData("SNMP version '" + net.dcihandlers.core.protocol.XmlText.excerpt(s, 20)
                    + "' is unknown; expected SNMP v1, SNMP v2c or SNMP v3");
        };
    }
}
