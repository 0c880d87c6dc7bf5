package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-switch. */
final class SwitchSettings {
    private SwitchSettings() {
    }

    static final Setting PORTS = Setting.choice("switch.ports", "physical",
            "Which interfaces dci-switch reports and switches: physical (Ethernet ports and link aggregates) or all.",
            "physical", "all");

    static final List<Setting> ALL = List.of(PORTS);

    enum Ports { PHYSICAL, ALL }

    static final java.util.Map<String, Ports> PORT_NAMES = new java.util.LinkedHashMap<>();

    static {
        PORT_NAMES.put("PHYSICAL", Ports.PHYSICAL);
        PORT_NAMES.put("ALL", Ports.ALL);
    }
}
