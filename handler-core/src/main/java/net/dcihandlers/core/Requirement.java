package net.dcihandlers.core;

import java.util.Locale;

/** What the panel's device form asks for, listed under {@code <requirements>} of -info. */
public enum Requirement {
    SNMPV1, SNMPV2C, SNMPV3, SSH, TELNET, CAN_COLLECT_POWER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSnmp() {
        return this == SNMPV1 || this == SNMPV2C || this == SNMPV3;
    }
}
