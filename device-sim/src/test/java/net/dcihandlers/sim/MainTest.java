package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkGet;
import static net.dcihandlers.sim.NetSnmp.get;
import static net.dcihandlers.sim.NetSnmp.set;
import static net.dcihandlers.sim.NetSnmp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The standalone command line starts the device it describes. */
class MainTest {
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    private static final String IF_NUMBER = "1.3.6.1.2.1.2.1.0";

    @Test
    void startsTheSwitchTheCommandLineDescribes() {
        try (SimulatedSwitch sw = Main.start(List.of("switch", "--port", "0", "--ports", "5", "--sysname", "demo-sw",
                "--community", "c-read", "--write-community", "c-write", "--virtual-interfaces"))) {
            Map<String, String> values = get(sw, "c-read", SYS_NAME, IF_NUMBER).values();
            assertEquals("demo-sw", text(values.get(SYS_NAME)));
            assertEquals("8", text(values.get(IF_NUMBER)), "5 ports and Vlan1, Null0, Loopback0");
            assertEquals(0, set(sw, "c-write", IfColumn.IF_ADMIN_STATUS.oid() + ".5", "i", "2").exitCode());
            assertEquals(2, sw.adminStatus(5));
        }
    }

    @Test
    void faultOptionsApplyFromTheStart() {
        try (SimulatedSwitch sw = Main.start(List.of("switch", "--port", "0", "--fault", "max-bindings:3"))) {
            assertEquals(3, bulkGet(sw, 10, IfColumn.IF_DESCR.oid()).values().size());
        }
    }

    @Test
    void profilesStartACiscoOrAQBridgeSwitchWithVlansAndMacs() {
        try (SimulatedSwitch sw = Main.start(List.of("switch", "--port", "0", "--ports", "4", "--profile", "cisco",
                "--vlan", "10:web", "--vlan", "20", "--mac", "10,52:54:00:12:34:56,2"))) {
            assertEquals(SwitchModel.CISCO_IOS, sw.model());
            assertEquals("OID: .1.3.6.1.4.1.9.1.516", get(sw, "public", "1.3.6.1.2.1.1.2.0").values().get("1.3.6.1.2.1.1.2.0"));
            assertEquals("web", sw.vtp().vlanName(10));
            assertEquals("VLAN20", sw.vtp().vlanName(20));
            assertEquals("7", text(get(sw, "public", IF_NUMBER).values().get(IF_NUMBER)), "with Vlan1, Null0, Loopback0");
            assertEquals("52:54:00:12:34:56", sw.fdb().entries().get(0).macText());
        }
        try (SimulatedSwitch sw = Main.start(List.of("switch", "--port", "0", "--ports", "4", "--profile", "qbridge",
                "--vlan", "10", "--first-bridge-port", "5"))) {
            assertEquals(SwitchModel.Q_BRIDGE, sw.model());
            assertEquals(java.util.Set.of(1, 10), sw.qBridge().vlanIds());
            assertEquals(5, sw.bridgePort(1));
        }
        // a Cisco Business switch: Cisco's sysObjectID, the standard Q-BRIDGE-MIB, no Cisco MIBs
        try (SimulatedSwitch sw = Main.start(List.of("switch", "--port", "0", "--ports", "4", "--profile", "cisco-sb",
                "--vlan", "10"))) {
            assertEquals(SwitchModel.CISCO_SB, sw.model());
            assertEquals("OID: .1.3.6.1.4.1.9.6.1.95.24.4",
                    get(sw, "public", "1.3.6.1.2.1.1.2.0").values().get("1.3.6.1.2.1.1.2.0"));
            assertEquals(java.util.Set.of(1, 10), sw.qBridge().vlanIds());
            assertEquals("gi1/0/1", text(get(sw, "public", "1.3.6.1.2.1.31.1.1.1.1.1").values()
                    .get("1.3.6.1.2.1.31.1.1.1.1.1")));
            String vtp = get(sw, "public", "1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.1").values()
                    .get("1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.1");
            org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(vtp).contains("No Such"), "no CISCO-VTP-MIB: " + vtp);
        }
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Main.start(List.of("switch", "--bogus")));
        assertTrue(unknown.getMessage().contains("--bogus"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Main.start(List.of("--ports", "4")));
        assertThrows(IllegalArgumentException.class, () -> Main.start(List.of("switch", "--ports", "many")));
        assertThrows(IllegalArgumentException.class, () -> Main.start(List.of("switch", "--port")));
        assertThrows(IllegalArgumentException.class, () -> Main.fault("slow"));
        assertThrows(IllegalArgumentException.class, () -> Main.fault("melt:3"));
        assertThrows(IllegalArgumentException.class, () -> Main.start(List.of("switch", "--profile", "juniper")));
        assertThrows(IllegalArgumentException.class, () -> Main.start(List.of("switch", "--port", "0", "--mac", "1,xx,1")));
    }
}
