package net.dcihandlers.ipmi;

import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-ipmi. */
final class IpmiSettings {
    private IpmiSettings() {
    }

    static final Setting TOOL = new Setting("ipmi.tool", "ipmitool",
            "The ipmitool program: a path, or a name looked up on PATH.");
    static final Setting INTERFACE = new Setting("ipmi.interface", "auto",
            "auto (IPMI 2.0 lanplus, falling back to IPMI 1.5 lan when no session opens), lanplus or lan.");
    static final Setting CIPHER_SUITE = new Setting("ipmi.cipher.suite", "",
            "IPMI 2.0 cipher suite ID given to ipmitool as -C (lanplus only); empty = ipmitool's own choice.");

    static final List<Setting> ALL = List.of(TOOL, INTERFACE, CIPHER_SUITE);
}
