package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkWalk;
import static net.dcihandlers.sim.SimulatedSwitchTest.assertRefused;
import static net.dcihandlers.sim.SimulatedSwitchTest.getOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The HP/Aruba-like Q-BRIDGE-MIB switch as net-snmp's tools see it: RFC 4363's static VLAN table
 * and PVIDs with their SET rules, and the forwarding database by FDB id.
 */
class QBridgeTest {
    static final String STATIC = "1.3.6.1.2.1.17.7.1.4.3.1";
    static final String NAME = STATIC + ".1";
    static final String EGRESS = STATIC + ".2";
    static final String UNTAGGED = STATIC + ".4";
    static final String ROW_STATUS = STATIC + ".5";
    static final String PVID = "1.3.6.1.2.1.17.7.1.4.5.1.1";
    static final String Q_FDB_PORT = "1.3.6.1.2.1.17.7.1.2.2.1.2";

    /** Ports 10101-10106 are bridge ports 1-6. */
    private static SimulatedSwitch qBridge() {
        return SimulatedSwitch.builder().model(SwitchModel.Q_BRIDGE).ifIndexes(10101, 10102, 10103, 10104, 10105, 10106)
                .vlan(10, "web").vlan(20, "db").start();
    }

    private static NetSnmp.Result set(SimulatedSwitch sw, String... operands) {
        return NetSnmp.v2c("snmpset", sw, "private", List.of(), operands);
    }

    @Test
    void identifiesAsAProCurveAndListsItsVlansWithPortLists() {
        try (SimulatedSwitch sw = qBridge()) {
            assertTrue(getOne(sw, "1.3.6.1.2.1.1.2.0").startsWith("OID: .1.3.6.1.4.1.11."), "under HP's enterprise");
            assertEquals(List.of("DEFAULT_VLAN", "web", "db"), bulkWalk(sw, 20, NAME).texts());
            assertEquals(List.of("FC", "00", "00"), bulkWalk(sw, 20, EGRESS).texts().stream().map(String::trim).toList(),
                    "every port untagged in VLAN 1: bits 1-6 of one octet");
            assertEquals(List.of("1", "1", "1"), bulkWalk(sw, 20, ROW_STATUS).texts(), "active");
            assertEquals("Gauge32: 1", getOne(sw, PVID + ".3"), "dot1qPvid is a VlanIndex, an Unsigned32");
            assertEquals(List.of("10101", "10102", "10103", "10104", "10105", "10106"),
                    bulkWalk(sw, 20, "1.3.6.1.2.1.10.7.2.1.1").texts(), "EtherLike-MIB rows, by default on this model");
        }
    }

    @Test
    void movingAPortToAnotherVlanInOnePduChangesTheListsAndThePvid() {
        try (SimulatedSwitch sw = qBridge()) {
            // bridge port 3 (0x20) leaves VLAN 1 and joins VLAN 10 untagged, all in one SET
            NetSnmp.Result moved = set(sw, EGRESS + ".1", "x", "DC", UNTAGGED + ".1", "x", "DC",
                    EGRESS + ".10", "x", "20", UNTAGGED + ".10", "x", "20");
            assertEquals(0, moved.exitCode(), moved::toString);
            assertEquals(Set.of(10103), sw.qBridge().untaggedPorts(10));
            assertEquals(Set.of(10101, 10102, 10104, 10105, 10106), sw.qBridge().egressPorts(1));
            assertEquals(10, sw.qBridge().pvid(10103), "the PVID follows the untagged VLAN");
            assertEquals("Gauge32: 10", getOne(sw, PVID + ".3"));

            // and tagged in VLAN 20 besides: a trunk with native VLAN 10
            assertEquals(0, set(sw, EGRESS + ".20", "x", "20").exitCode());
            assertEquals(Set.of(10103), sw.qBridge().taggedPorts(20));
            assertEquals(Set.of(10, 20), sw.qBridge().vlansOf(10103));
        }
    }

    @Test
    void aSetIsJudgedOnTheWholePduAndRefusedWholeWhenItBreaksTheRules() {
        try (SimulatedSwitch sw = qBridge()) {
            // RFC 4363: untagged ports must be egress ports (port 3, tagged in VLAN 10, leaving VLAN 1's egress only)
            assertEquals(0, set(sw, EGRESS + ".10", "x", "20").exitCode());
            assertRefused(set(sw, EGRESS + ".1", "x", "DC"), "inconsistentValue");
            assertRefused(set(sw, UNTAGGED + ".20", "x", "20"), "inconsistentValue");
            // ProCurve: one untagged VLAN per port, so joining VLAN 10 untagged while untagged in VLAN 1 is refused
            assertRefused(set(sw, EGRESS + ".10", "x", "20", UNTAGGED + ".10", "x", "20"), "inconsistentValue");
            // ProCurve: a port stays a member of at least one VLAN (port 4 has no other)
            assertRefused(set(sw, UNTAGGED + ".1", "x", "EC", EGRESS + ".1", "x", "EC"), "inconsistentValue");
            // a port the switch does not have
            assertRefused(set(sw, EGRESS + ".10", "x", "FF"), "wrongValue");
            assertRefused(set(sw, EGRESS + ".10", "s", "x".repeat(600)), "wrongLength");
            assertEquals(Set.of(10101, 10102, 10103, 10104, 10105, 10106), sw.qBridge().untaggedPorts(1), "nothing changed");
            assertEquals(Set.of(10101, 10102, 10103, 10104, 10105, 10106), sw.qBridge().egressPorts(1));
            assertEquals(Set.of(10103), sw.qBridge().egressPorts(10));
            assertEquals(Set.of(), sw.qBridge().untaggedPorts(10));
        }
    }

    @Test
    void pvidMustBeAnUnsigned32NamingAnExistingVlanThePortIsUntaggedIn() {
        try (SimulatedSwitch sw = qBridge()) {
            assertRefused(set(sw, PVID + ".3", "i", "1"), "wrongType");
            assertRefused(set(sw, PVID + ".3", "u", "99"), "wrongValue");
            assertRefused(set(sw, PVID + ".3", "u", "10"), "inconsistentValue");
            assertRefused(set(sw, PVID + ".7", "u", "1"), "noCreation");
            assertEquals(0, set(sw, PVID + ".3", "u", "1").exitCode(), "its own untagged VLAN: accepted");
            assertEquals(1, sw.qBridge().pvid(10103));
            // with the move in the same PDU the new PVID is consistent
            NetSnmp.Result moved = set(sw, EGRESS + ".1", "x", "DC", UNTAGGED + ".1", "x", "DC",
                    EGRESS + ".10", "x", "20", UNTAGGED + ".10", "x", "20", PVID + ".3", "u", "10");
            assertEquals(0, moved.exitCode(), moved::toString);
            assertEquals(10, sw.qBridge().pvid(10103));
        }
    }

    @Test
    void namesChangeOnExistingVlansAndRowsAreCreatedOnlyWithTheirRowStatus() {
        try (SimulatedSwitch sw = qBridge()) {
            assertEquals(0, set(sw, NAME + ".20", "s", "database").exitCode());
            assertEquals("database", sw.qBridge().name(20));
            assertRefused(set(sw, NAME + ".20", "s", "x".repeat(33)), "wrongLength");
            assertRefused(set(sw, NAME + ".30", "s", "new"), "noCreation");
            assertRefused(set(sw, NAME + ".20", "i", "5"), "wrongType");
            assertRefused(NetSnmp.v2c("snmpset", sw, "public", List.of(), NAME + ".20", "s", "x"), "noAccess");
            assertEquals(Set.of(1, 10, 20), sw.qBridge().vlanIds());

            assertEquals(0, set(sw, ROW_STATUS + ".30", "i", "4", NAME + ".30", "s", "new").exitCode(), "createAndGo");
            assertEquals("new", sw.qBridge().name(30));
            assertRefused(set(sw, ROW_STATUS + ".30", "i", "4"), "inconsistentValue");
            assertEquals(0, set(sw, ROW_STATUS + ".30", "i", "6").exitCode(), "destroy");
            assertRefused(set(sw, ROW_STATUS + ".1", "i", "6"), "inconsistentValue");
            assertEquals(Set.of(1, 10, 20), sw.qBridge().vlanIds());
        }
    }

    @Test
    void forwardingDatabaseIsIndexedByVlanAndShowsOnlyPortsCarryingTheVlan() {
        try (SimulatedSwitch sw = qBridge()) {
            sw.qBridge().configureAccess(10102, 10);
            sw.fdb().learn(10, "1A:2B:3C:4D:5E:6F", 10102).learn(1, "1A:2B:3C:4D:5E:70", 10104)
                    .learn(20, "1A:2B:3C:4D:5E:71", 10105);
            Map<String, String> ports = bulkWalk(sw, 20, Q_FDB_PORT).values();
            assertEquals(Map.of(Q_FDB_PORT + ".1.26.43.60.77.94.112", "INTEGER: 4",
                    Q_FDB_PORT + ".10.26.43.60.77.94.111", "INTEGER: 2"), ports,
                    "fdbId = VLAN id; port 5 does not carry VLAN 20, so its entry is flushed");
            assertEquals(List.of("2", "4"), bulkWalk(sw, 20, BridgeAndEtherLikeTest.TP_FDB_PORT).texts(),
                    "BRIDGE-MIB dot1dTpFdbTable shows the same entries by MAC");
        }
    }
}
