package net.dcihandlers.ipmi;

import java.util.LinkedHashMap;
import java.util.Map;

/** ipmi.protocol: how dci-ipmi talks to a BMC. */
enum Protocol {
    /** Redfish where the BMC serves it, IPMI where it does not. */
    AUTO,
    REDFISH,
    IPMI;

    static final Map<String, Protocol> NAMES = names();

    private static Map<String, Protocol> names() {
        Map<String, Protocol> m = new LinkedHashMap<>();
        for (Protocol p : values()) {
            m.put(p.name(), p);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
