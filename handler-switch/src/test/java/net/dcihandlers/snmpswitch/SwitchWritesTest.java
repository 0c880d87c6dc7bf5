package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.sim.CiscoPortVlans;
import net.dcihandlers.sim.CiscoPorts;
import net.dcihandlers.sim.SimulatedSwitch;
import net.dcihandlers.sim.SwitchModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static net.dcihandlers.snmpswitch.SwitchCalls.call;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * port_speed, port_duplex and set_vlan against the simulated switch: what the panel is told, and
 * what the switch holds afterwards.
 */
class SwitchWritesTest {

    /** A Catalyst-like switch: ports 10101-10104 on module 2, the last one 10 Gbit/s. */
    static SimulatedSwitch catalyst() {
        return SimulatedSwitch.builder().model(SwitchModel.CISCO_IOS).ifIndexes(10101, 10102, 10103, 10104)
                .portSpeedMbps(4, 10_000).ciscoModule(2).vlan(10, "web").vlan(20, "db").vlan(1500, "storage")
                .vlan(3000, "far").virtualInterfaces().start();
    }

    /** A ProCurve-like switch: ports 10101-10108 are bridge ports 1-8. */
    static SimulatedSwitch proCurve() {
        return SimulatedSwitch.builder().model(SwitchModel.Q_BRIDGE)
                .ifIndexes(10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108)
                .vlan(10, "web").vlan(20, "db").vlan(30, "backup").start();
    }

    // ---- port_speed, port_duplex

    @Test
    void portSpeedOnTheCiscoSwitchAnswersTheSpeedReadBackAndTheSwitchRunsAtIt() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "port_speed", 10102, "speed", "100mbps").ok().port();
            assertEquals("10102", port.get("identity"));
            assertEquals("100mbps", port.get("speed"));
            assertEquals(100_000_000, sw.ciscoPorts().adminSpeed(10102));
            assertEquals(100, sw.speedMbps(10102));

            assertEquals("auto10100", call(sw, "port_speed", 10102, "speed", "auto10100").ok().port().get("speed"));
            assertEquals(CiscoPorts.SPEED_AUTO_10_100, sw.ciscoPorts().adminSpeed(10102));
            assertEquals("10gbps", call(sw, "port_speed", 10104, "speed", "10gbps").ok().port().get("speed"));
            assertEquals(CiscoPorts.SPEED_10G, sw.ciscoPorts().adminSpeed(10104));
            assertEquals("auto", call(sw, "port_speed", 10102, "speed", "auto").ok().port().get("speed"));
            assertEquals(CiscoPorts.SPEED_AUTO, sw.ciscoPorts().adminSpeed(10102));
            assertEquals(0, sw.refusedSetRequests(), "every SET was one the switch accepts");
        }
    }

    @Test
    void aSpeedThePortCannotRunAtIsAnErrorAndChangesNothing() {
        try (SimulatedSwitch sw = catalyst()) {
            Doc d = call(sw, "port_speed", 10102, "speed", "10gbps").error("unexpected_data");
            assertTrue(d.errorText().contains("refused"), d.errorText());
            assertEquals(CiscoPorts.SPEED_AUTO, sw.ciscoPorts().adminSpeed(10102));
        }
    }

    @Test
    void portDuplexOnTheCiscoSwitchAnswersTheDuplexReadBackAndTheSwitchRunsAtIt() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "port_duplex", 10103, "duplex", "half").ok().port();
            assertEquals("10103", port.get("identity"));
            assertEquals("half", port.get("duplex"));
            assertEquals(CiscoPorts.DUPLEX_HALF, sw.ciscoPorts().duplex(10103));
            assertEquals(2, sw.duplexStatus(10103), "dot3StatsDuplexStatus halfDuplex");

            assertEquals("full", call(sw, "port_duplex", 10103, "duplex", "full").ok().port().get("duplex"));
            assertEquals(CiscoPorts.DUPLEX_FULL, sw.ciscoPorts().duplex(10103));
            assertEquals("auto", call(sw, "port_duplex", 10103, "duplex", "auto").ok().port().get("duplex"));
            assertEquals(CiscoPorts.DUPLEX_AUTO, sw.ciscoPorts().duplex(10103));
        }
    }

    @ParameterizedTest
    @MethodSource("net.dcihandlers.snmpswitch.SwitchReadsTest#withoutWritableSpeeds")
    void speedAndDuplexWithoutAWritableObjectAreAnErrorThatSaysSoAndNothingIsSet(SwitchModel model) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(model).ports(4).start()) {
            Doc speed = call(sw, "port_speed", 2, "speed", "100mbps").error("unexpected_data");
            assertTrue(speed.errorText().contains("no writable port speed"), speed.errorText());
            Doc duplex = call(sw, "port_duplex", 2, "duplex", "half").error("unexpected_data");
            assertTrue(duplex.errorText().contains("no writable port duplex"), duplex.errorText());
            assertTrue(duplex.errorText().contains("nothing was changed"), duplex.errorText());
            assertEquals(0, sw.setRequests(), "no SET reached the switch");
            assertEquals(1000, sw.speedMbps(2));
        }
    }

    // ---- set_vlan, Q-BRIDGE

    @Test
    void anAccessPortOnTheQBridgeSwitchIsAnUntaggedMemberOfItsVlanOnlyWithThatPvid() {
        try (SimulatedSwitch sw = proCurve()) {
            Map<String, String> port = call(sw, "set_vlan", 10103, "vlan_id", "10").ok().port();
            assertAll(
                    () -> assertEquals("10103", port.get("identity")),
                    () -> assertEquals("10", port.get("vlan_id")),
                    () -> assertEquals("web", port.get("vlan_name")),
                    () -> assertEquals("off", port.get("is_trunk")),
                    () -> assertNull(port.get("trunk_members")));
            assertEquals(Set.of(10103), sw.qBridge().untaggedPorts(10));
            assertEquals(Set.of(10), sw.qBridge().vlansOf(10103));
            assertEquals(10, sw.qBridge().pvid(10103));
            assertEquals(Set.of(10101, 10102, 10104, 10105, 10106, 10107, 10108), sw.qBridge().untaggedPorts(1),
                    "the other ports stay where they were");
            assertEquals(0, sw.refusedSetRequests(), "every SET was one the switch accepts");
        }
    }

    @Test
    void aTrunkOnTheQBridgeSwitchIsTaggedInItsMembersUntaggedInItsNativeVlanAndInNoOther() {
        try (SimulatedSwitch sw = proCurve()) {
            Map<String, String> port = call(sw, "set_vlan", 10104, "vlan_id", "10", "is_trunk", "on",
                    "trunk_members", "20,30").ok().port();
            assertAll(
                    () -> assertEquals("10", port.get("vlan_id")),
                    () -> assertEquals("web", port.get("vlan_name")),
                    () -> assertEquals("on", port.get("is_trunk")),
                    () -> assertEquals("20,30", port.get("trunk_members")));
            assertEquals(Set.of(10, 20, 30), sw.qBridge().vlansOf(10104), "removed from VLAN 1");
            assertTrue(sw.qBridge().untaggedPorts(10).contains(10104));
            assertEquals(Set.of(10104), sw.qBridge().taggedPorts(20));
            assertEquals(Set.of(10104), sw.qBridge().taggedPorts(30));
            assertEquals(10, sw.qBridge().pvid(10104));

            // and back to an access port in VLAN 20
            Map<String, String> access = call(sw, "set_vlan", 10104, "vlan_id", "20").ok().port();
            assertEquals("off", access.get("is_trunk"));
            assertEquals(Set.of(20), sw.qBridge().vlansOf(10104));
            assertEquals(Set.of(10104), sw.qBridge().untaggedPorts(20));
            assertEquals(20, sw.qBridge().pvid(10104));
            assertEquals(0, sw.refusedSetRequests());
        }
    }

    @Test
    void vlanNameRenamesTheExistingVlanOnTheQBridgeSwitch() {
        try (SimulatedSwitch sw = proCurve()) {
            Map<String, String> port = call(sw, "set_vlan", 10105, "vlan_id", "20", "vlan_name", "database").ok().port();
            assertEquals("database", port.get("vlan_name"));
            assertEquals("database", sw.qBridge().name(20));
            assertEquals(Set.of(20), sw.qBridge().vlansOf(10105));
        }
    }

    @Test
    void aVlanTheQBridgeSwitchDoesNotHaveIsAnErrorAndNothingChanges() {
        try (SimulatedSwitch sw = proCurve()) {
            Doc access = call(sw, "set_vlan", 10106, "vlan_id", "99").error("unexpected_data");
            assertTrue(access.errorText().contains("VLAN 99"), access.errorText());
            Doc member = call(sw, "set_vlan", 10106, "vlan_id", "10", "is_trunk", "on", "trunk_members", "20,99")
                    .error("unexpected_data");
            assertTrue(member.errorText().contains("VLAN 99"), member.errorText());
            assertEquals(0, sw.setRequests());
            assertEquals(Set.of(1), sw.qBridge().vlansOf(10106));
            assertEquals(Set.of(1, 10, 20, 30), sw.qBridge().vlanIds());
        }
    }

    // ---- set_vlan, Cisco

    @Test
    void anAccessPortOnTheCiscoSwitchGetsItsVmVlanAndStopsTrunking() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "set_vlan", 10102, "vlan_id", "10").ok().port();
            assertEquals("10", port.get("vlan_id"));
            assertEquals("web", port.get("vlan_name"));
            assertEquals("off", port.get("is_trunk"));
            assertEquals(10, sw.ciscoVlans().accessVlan(10102));
            assertFalse(sw.ciscoVlans().isTrunking(10102));

            sw.ciscoVlans().configureTrunk(10103, 1, 1, 10, 20);
            Map<String, String> wasTrunk = call(sw, "set_vlan", 10103, "vlan_id", "20").ok().port();
            assertEquals("20", wasTrunk.get("vlan_id"));
            assertEquals("off", wasTrunk.get("is_trunk"));
            assertFalse(sw.ciscoVlans().isTrunking(10103));
            assertEquals(CiscoPortVlans.OFF, sw.ciscoVlans().dynamicState(10103));
            assertEquals(20, sw.ciscoVlans().accessVlan(10103));
            assertEquals(0, sw.refusedSetRequests());
        }
    }

    @Test
    void aTrunkOnTheCiscoSwitchIsDot1qWithItsNativeVlanAndAllowedVlansAboveAndBelow1024() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "set_vlan", 10104, "vlan_id", "10", "is_trunk", "on",
                    "trunk_members", "20,1500,3000").ok().port();
            assertAll(
                    () -> assertEquals("10", port.get("vlan_id")),
                    () -> assertEquals("web", port.get("vlan_name")),
                    () -> assertEquals("on", port.get("is_trunk")),
                    () -> assertEquals("20,1500,3000", port.get("trunk_members")));
            assertTrue(sw.ciscoVlans().isTrunking(10104));
            assertEquals(CiscoPortVlans.ON, sw.ciscoVlans().dynamicState(10104));
            assertEquals(CiscoPortVlans.DOT1Q, sw.ciscoVlans().encapsulation(10104));
            assertEquals(10, sw.ciscoVlans().nativeVlan(10104));
            assertEquals(Set.of(10, 20, 1500, 3000), sw.ciscoVlans().allowedVlans(10104));
            assertEquals(0, sw.refusedSetRequests(), "every SET was one the switch accepts");
        }
    }

    @Test
    void aTrunkOfVlansBelow1024OnlyCarriesNoneAbove() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "set_vlan", 10103, "vlan_id", "10", "is_trunk", "on",
                    "trunk_members", "20").ok().port();
            assertEquals("20", port.get("trunk_members"), "VLANs 1500 and 3000 exist, but the trunk was not asked to carry them");
            assertEquals(Set.of(10, 20), sw.ciscoVlans().allowedVlans(10103));
        }
    }

    @Test
    void vlanNameRenamesThroughTheVtpEditBufferWhichIsReleasedAfterwards() {
        try (SimulatedSwitch sw = catalyst()) {
            Map<String, String> port = call(sw, "set_vlan", 10102, "vlan_id", "10", "vlan_name", "frontend").ok().port();
            assertEquals("frontend", port.get("vlan_name"));
            assertEquals("frontend", sw.vtp().vlanName(10));
            assertFalse(sw.vtp().editBufferInUse(), "the edit buffer is released");
            assertEquals("", sw.vtp().editBufferOwner());
            assertEquals(10, sw.ciscoVlans().accessVlan(10102));
        }
    }

    @Test
    void aVlanTheCiscoSwitchDoesNotHaveIsAnErrorAndNothingChanges() {
        try (SimulatedSwitch sw = catalyst()) {
            Doc d = call(sw, "set_vlan", 10104, "vlan_id", "10", "is_trunk", "on", "trunk_members", "20,99")
                    .error("unexpected_data");
            assertTrue(d.errorText().contains("VLAN 99"), d.errorText());
            assertEquals(0, sw.setRequests());
            assertFalse(sw.ciscoVlans().isTrunking(10104));
            assertEquals(1, sw.ciscoVlans().accessVlan(10104));
        }
    }

    // ---- requests refused before anything is sent

    @ParameterizedTest
    @ValueSource(strings = {
            "set_vlan|vlan_id|0",
            "set_vlan|vlan_id|4096",
            "set_vlan|vlan_id|",
            "set_vlan|vlan_id|10|is_trunk|on|trunk_members|20,junk",
            "port_speed|speed|fast",
            "port_duplex|duplex|sideways",
    })
    void invalidRequestsAreRefusedBeforeAnythingIsSent(String request) {
        String[] parts = request.split("\\|", -1);
        String[] fields = java.util.Arrays.copyOfRange(parts, 1, parts.length);
        try (SimulatedSwitch sw = catalyst()) {
            Doc d = call(sw, parts[0], 10102, fields).error("unexpected_data");
            assertFalse(d.errorText().isBlank());
            assertEquals(0, sw.requests(), "not one datagram reached the switch: " + d.errorText());
        }
    }
}
