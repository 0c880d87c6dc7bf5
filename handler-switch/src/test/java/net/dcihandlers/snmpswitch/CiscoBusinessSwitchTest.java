package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.sim.IfCounter;
import net.dcihandlers.sim.SimulatedSwitch;
import net.dcihandlers.sim.SwitchModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static net.dcihandlers.snmpswitch.SwitchCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All eight functions of dci-switch against a simulated Cisco Business switch (CBS350): its
 * sysObjectID is Cisco's, but it answers neither CISCO-STACK-MIB nor CISCO-VTP-MIB, so every
 * function must take the standard path (IF-MIB, Q-BRIDGE-MIB), never the Catalyst's. The reading
 * functions are compared field by field with the recording of such a switch in
 * {@link SwitchRecordingsTest}; here a simulator shows the writes, which a recording cannot take.
 */
class CiscoBusinessSwitchTest {
    private static final int P1 = 49;
    private static final int P2 = 50;
    private static final int P3 = 51;
    private static final int P4 = 52;

    private static SimulatedSwitch cbs350() {
        return SimulatedSwitch.builder().model(SwitchModel.CISCO_SB).ifIndexes(P1, P2, P3, P4)
                .vlan(10, "servers").vlan(20, "storage").start();
    }

    private static RunResult traced(SimulatedSwitch sw, String func, String... portFields) {
        String device = Requests.snmp(sw.address(), "v2c", SwitchCalls.WRITE_COMMUNITY);
        String request = portFields.length == 0 ? Requests.call(func, device)
                : Requests.callWithPort(func, device, SwitchCalls.port(portFields[0],
                java.util.Arrays.copyOfRange(portFields, 1, portFields.length)));
        return SwitchCalls.handler().run(request, "-v");
    }

    /** The trace names the profile chosen and why: Cisco's enterprise, but no Cisco MIB answered. */
    private static void assertStandardProfile(RunResult run, String profile) {
        assertTrue(run.stderr().contains("sysObjectID " + SwitchModel.CISCO_SB.sysObjectId()), run.stderr());
        assertTrue(run.stderr().contains("portIfIndex no, vtpVlanState no"),
                run.stderr());
        assertTrue(run.stderr().contains("profile " + profile), run.stderr());
    }

    @Test
    void statusStatisticsAndMacListTakeTheStandardPath() {
        try (SimulatedSwitch sw = cbs350()) {
            sw.setLink(P3, false);
            sw.setCounter(P1, IfCounter.IN_OCTETS, 5_000_000_000L);
            sw.qBridge().configureAccess(P2, 10);
            sw.fdb().learn(10, "1a:2b:3c:4d:5e:01", P2).learn(1, "1a:2b:3c:4d:5e:02", P4);

            RunResult status = traced(sw, "status");
            assertStandardProfile(status, "Q-BRIDGE-MIB switch");
            Map<String, Map<String, String>> ports = status.doc().ok().ports();
            assertEquals(List.of("49", "50", "51", "52"), List.copyOf(ports.keySet()));
            assertEquals("GigabitEthernet1/0/1", ports.get("49").get("description"));
            assertEquals("1gbps", ports.get("49").get("speed"), "ifHighSpeed of a port that is up");
            assertEquals("full", ports.get("49").get("duplex"), "EtherLike-MIB dot3StatsDuplexStatus");
            assertEquals("off", ports.get("51").get("oper_status"));
            assertNull(ports.get("51").get("speed"), "no link, no speed");

            Map<String, String> p1 = call(sw, "statistics").ok().ports().get("49");
            assertEquals("5000000000", p1.get("rxbytes"), "the 64-bit ifHCInOctets");

            RunResult macs = traced(sw, "mac_list");
            assertTrue(macs.stderr().contains("bridge: 2 learned MACs (dot1qTpFdbTable)"), macs.stderr());
            assertFalse(macs.stderr().contains("VLAN 1: "), "no per-VLAN bridge instances: " + macs.stderr());
            Map<String, Map<String, String>> learned = macs.doc().ok().ports();
            assertEquals("1A:2B:3C:4D:5E:01", learned.get("50").get("mac"));
            assertEquals("1A:2B:3C:4D:5E:02", learned.get("52").get("mac"));
        }
    }

    @Test
    void portOffAndOnSetIfAdminStatus() {
        try (SimulatedSwitch sw = cbs350()) {
            // IF-MIB ifAdminStatus on any switch: no profile is needed, and none is probed
            RunResult off = traced(sw, "port_off", Integer.toString(P2));
            assertTrue(off.stderr().contains("ifAdminStatus." + P2 + " read back"), off.stderr());
            assertFalse(off.stderr().contains("profile"), off.stderr());
            assertEquals("off", off.doc().ok().port().get("admin_status"));
            assertEquals(2, sw.adminStatus(P2));
            assertEquals("on", call(sw, "port_on", P2).ok().port().get("admin_status"));
            assertEquals(1, sw.adminStatus(P2));
            assertEquals(0, sw.refusedSetRequests());
        }
    }

    @Test
    void speedAndDuplexAreRefusedAsOnAnyStandardSwitchWithoutTryingCiscosPortTable() {
        try (SimulatedSwitch sw = cbs350()) {
            RunResult speed = traced(sw, "port_speed", Integer.toString(P2), "speed", "100mbps");
            assertStandardProfile(speed, "Q-BRIDGE-MIB switch");
            assertTrue(speed.doc().error("unexpected_data").errorText().contains("no writable port speed"),
                    speed.stdout());
            Doc duplex = call(sw, "port_duplex", P2, "duplex", "half").error("unexpected_data");
            assertTrue(duplex.errorText().contains("no writable port duplex"), duplex.errorText());
            assertEquals(0, sw.setRequests(), "no SET reached the switch");
        }
    }

    @Test
    void setVlanWritesQBridgeMembershipAndPvidNotCiscosVmVlan() {
        try (SimulatedSwitch sw = cbs350()) {
            RunResult access = traced(sw, "set_vlan", Integer.toString(P3), "vlan_id", "10");
            assertStandardProfile(access, "Q-BRIDGE-MIB switch");
            Map<String, String> port = access.doc().ok().port();
            assertEquals("10", port.get("vlan_id"));
            assertEquals("servers", port.get("vlan_name"));
            assertEquals(Set.of(P3), sw.qBridge().untaggedPorts(10));
            assertEquals(10, sw.qBridge().pvid(P3));

            Map<String, String> trunk = call(sw, "set_vlan", P4, "vlan_id", "1", "is_trunk", "on",
                    "trunk_members", "10,20").ok().port();
            assertEquals("on", trunk.get("is_trunk"));
            assertEquals(Set.of(P4), sw.qBridge().taggedPorts(20));
            assertEquals(0, sw.refusedSetRequests(), "every SET was one the switch accepts");
        }
    }

    // ---- a management port on a simulated switch: the refusal sends nothing

    @Test
    void aManagementPortIsNotListedAndNotSwitchedUnlessSwitchPortsIsAll() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(SwitchModel.Q_BRIDGE).ifIndexes(1, 2, 3)
                .extraInterface(100, "mgmt0", 6).start()) {
            assertEquals(List.of("1", "2", "3"), List.copyOf(call(sw, "status").ok().ports().keySet()));
            sw.resetRequests();
            Doc refused = call(sw, "port_off", 100).error("unexpected_data");
            assertTrue(refused.errorText().contains("management port"), refused.errorText());
            assertEquals(0, sw.setRequests(), "no SET reached the switch");
            assertEquals(1, sw.adminStatus(100));

            InProcess all = SwitchCalls.handler("switch.ports=all");
            assertTrue(all.call(Requests.call("status", Requests.snmp(sw.address(), "v2c", "public"))).ok().ports()
                    .containsKey("100"));
            Doc off = all.call(Requests.callWithPort("port_off",
                    Requests.snmp(sw.address(), "v2c", SwitchCalls.WRITE_COMMUNITY), SwitchCalls.port("100"))).ok();
            assertEquals("off", off.port().get("admin_status"));
            assertEquals(2, sw.adminStatus(100));
        }
    }
}
