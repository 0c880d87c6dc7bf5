package net.dcihandlers.core;

import java.util.Locale;
import java.util.Optional;

/** The functions DCImanager can call, by their wire names. */
public enum Function {
    STATUS, STATISTICS, PORT_ON, PORT_OFF, PORT_RESET, PORT_SPEED, PORT_DUPLEX, SET_VLAN, MAC_LIST;

    /** The name in {@code <func>} and in {@code <supported_funcs>}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of the manual-mode subcommand: {@code port-off} for {@code port_off}. */
    public String command() {
        return wire().replace('_', '-');
    }

    /** Whether the function works on one port and so needs {@code port/identity}. */
    public boolean takesPort() {
        return this != STATUS && this != STATISTICS && this != MAC_LIST;
    }

    public static Optional<Function> fromWire(String s) {
        for (Function f : values()) {
            if (f.wire().equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
