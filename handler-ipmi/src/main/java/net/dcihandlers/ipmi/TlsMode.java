package net.dcihandlers.ipmi;

import java.util.LinkedHashMap;
import java.util.Map;

/** redfish.tls: which BMC certificates are trusted. */
enum TlsMode {
    /** Trust on first use: the certificate first seen is pinned, a changed one refused. */
    TOFU,
    /** The system trust store (or redfish.ca.file) must vouch for it, for the address called. */
    VERIFY,
    /** Any certificate: the connection is encrypted, the BMC not authenticated. */
    INSECURE;

    static final Map<String, TlsMode> NAMES = names();

    private static Map<String, TlsMode> names() {
        Map<String, TlsMode> m = new LinkedHashMap<>();
        for (TlsMode t : values()) {
            m.put(t.name(), t);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
