package net.dcihandlers.ipmi;

/** redfish.tls: which BMC certificates are trusted. */
enum TlsMode {
    /** Trust on first use: the certificate first seen is pinned, a changed one refused. */
    TOFU,
    /** The system trust store (or redfish.ca.file) must vouch for it, for the address called. */
    VERIFY,
    /** Any certificate: the connection is encrypted, the BMC not authenticated. */
    INSECURE;
}
