package net.dcihandlers.ipmi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ipmi.interface: which interfaces to try, in order. */
enum InterfaceChoice {
    AUTO(List.of(IpmiInterface.LANPLUS, IpmiInterface.LAN)),
    LANPLUS(List.of(IpmiInterface.LANPLUS)),
    LAN(List.of(IpmiInterface.LAN));

    /** Upper-case names for Config.choice, in the order an error message lists them. */
    static final Map<String, InterfaceChoice> NAMES = names();

    private final List<IpmiInterface> candidates;

    InterfaceChoice(List<IpmiInterface> candidates) {
        this.candidates = candidates;
    }

    private static Map<String, InterfaceChoice> names() {
        Map<String, InterfaceChoice> m = new LinkedHashMap<>();
        for (InterfaceChoice c : values()) {
            m.put(c.name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    List<IpmiInterface> candidates() {
        return candidates;
    }
}
