package net.dcihandlers.ipmi;

import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-ipmi. */
final class IpmiSettings {
    private IpmiSettings() {
    }

    static final Setting TOOL = Setting.text("ipmi.tool", "ipmitool",
            "The ipmitool program: a path, or a name looked up on PATH.");
    static final Setting INTERFACE = Setting.choice("ipmi.interface", "auto",
            "auto (IPMI 2.0 lanplus, falling back to IPMI 1.5 lan when no session opens), lanplus or lan.",
            "auto", "lanplus", "lan");
    static final Setting CIPHER_SUITE = Setting.text("ipmi.cipher.suite", "17,3",
            "IPMI 2.0 cipher suites (ipmitool -C, lanplus only) to try in order until one opens a session; the one"
                    + " found is remembered per BMC in the state folder; empty = ipmitool's own choice.");
    static final Setting PROTOCOL = Setting.choice("ipmi.protocol", "auto",
            "auto (Redfish at https://<ip>/redfish/v1 where the BMC serves it, else IPMI), redfish or ipmi.",
            "auto", "redfish", "ipmi");
    static final Setting REDFISH_PORT = Setting.integer("redfish.port", 443, 1, 65535,
            "HTTPS port of the BMC's Redfish service; with ipmi.protocol=redfish a port in the address wins.");
    static final Setting REDFISH_TLS = Setting.choice("redfish.tls", "tofu",
            "tofu (pin each BMC's certificate on first use, refuse a changed one), verify (a certificate the"
                    + " system trust store or redfish.ca.file vouches for, naming the address) or insecure (any).",
            "tofu", "verify", "insecure");
    static final Setting REDFISH_CA_FILE = Setting.text("redfish.ca.file", "",
            "With redfish.tls=verify: a PEM file of the CA certificates to trust; empty: the system trust store.");
    static final Setting REDFISH_POWER_OFF = Setting.choice("redfish.power.off", "ForceOff",
            "The Redfish ResetType port_off sends: ForceOff (cut the power, as IPMI's power off) or GracefulShutdown"
                    + " (ask the operating system to shut down).", "ForceOff", "GracefulShutdown");

    static final List<Setting> ALL = List.of(TOOL, INTERFACE, CIPHER_SUITE, PROTOCOL, REDFISH_PORT, REDFISH_TLS,
            REDFISH_CA_FILE, REDFISH_POWER_OFF);
}
