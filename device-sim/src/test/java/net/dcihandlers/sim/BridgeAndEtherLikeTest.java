package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkWalk;
import static net.dcihandlers.sim.NetSnmp.set;
import static net.dcihandlers.sim.NetSnmp.text;
import static net.dcihandlers.sim.SimulatedSwitchTest.assertRefused;
import static net.dcihandlers.sim.SimulatedSwitchTest.getOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** EtherLike-MIB duplex, BRIDGE-MIB ports and forwarding database, and snmpInPkts, as net-snmp's tools see them. */
class BridgeAndEtherLikeTest {
    static final String DOT3_DUPLEX = "1.3.6.1.2.1.10.7.2.1.19";
    static final String BASE_PORT_IF_INDEX = "1.3.6.1.2.1.17.1.4.1.2";
    static final String TP_FDB_PORT = "1.3.6.1.2.1.17.4.3.1.2";
    static final String TP_FDB_STATUS = "1.3.6.1.2.1.17.4.3.1.3";
    static final String SNMP_IN_PKTS = "1.3.6.1.2.1.11.1.0";

    @Test
    void dot3StatsDuplexStatusIsServedPerPortAsConfiguredAndFollowsTheFarEnd() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(10101, 10102, 10103)
                .duplexStatus(2, 2).duplexStatus(3, 1).virtualInterfaces().start()) {
            Map<String, String> duplex = bulkWalk(sw, 20, DOT3_DUPLEX).values();
            assertEquals(List.of(DOT3_DUPLEX + ".10101", DOT3_DUPLEX + ".10102", DOT3_DUPLEX + ".10103"),
                    List.copyOf(duplex.keySet()), "one row per Ethernet port, none for Vlan1, Null0, Loopback0");
            assertEquals(List.of("3", "2", "1"), bulkWalk(sw, 20, DOT3_DUPLEX).texts(), "full, half, unknown");

            sw.setNegotiatedDuplex(10101, 2);
            assertEquals("INTEGER: 2", getOne(sw, DOT3_DUPLEX + ".10101"));
            assertEquals(2, sw.duplexStatus(10101));
            assertRefused(set(sw, "private", DOT3_DUPLEX + ".10101", "i", "3"), "notWritable");
        }
    }

    @Test
    void thePlainSwitchHasNoEtherLikeMibUnlessAskedFor() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            assertTrue(bulkWalk(sw, 10, DOT3_DUPLEX).values().values().stream().allMatch(v -> v.startsWith("No Such")),
                    "no dot3StatsDuplexStatus rows");
        }
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).etherLike().start()) {
            assertEquals(List.of("3", "3"), bulkWalk(sw, 10, DOT3_DUPLEX).texts());
        }
    }

    @Test
    void bridgePortsAreNumberedInPortOrderAndMapToSparseIfIndexes() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(10101, 10102, 10201).firstBridgePort(101)
                .virtualInterfaces().start()) {
            Map<String, String> ports = bulkWalk(sw, 20, BASE_PORT_IF_INDEX).values();
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put(BASE_PORT_IF_INDEX + ".101", "INTEGER: 10101");
            expected.put(BASE_PORT_IF_INDEX + ".102", "INTEGER: 10102");
            expected.put(BASE_PORT_IF_INDEX + ".103", "INTEGER: 10201");
            assertEquals(expected, ports, "Vlan1 and the others are no bridge ports");
            assertEquals(102, sw.bridgePort(10102));
        }
    }

    @Test
    void forwardingDatabaseServesEveryStatusOnItsBridgePort() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(10101, 10102, 10103).start()) {
            sw.fdb().learn(1, "1A:2B:3C:4D:5E:6F", 10102)
                    .add(1, "00:00:5e:00:53:01", 0, FdbStatus.SELF)
                    .add(1, "00-00-5E-00-53-02", 10103, FdbStatus.MGMT);
            Map<String, String> port = bulkWalk(sw, 20, TP_FDB_PORT).values();
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put(TP_FDB_PORT + ".0.0.94.0.83.1", "INTEGER: 0");
            expected.put(TP_FDB_PORT + ".0.0.94.0.83.2", "INTEGER: 3");
            expected.put(TP_FDB_PORT + ".26.43.60.77.94.111", "INTEGER: 2");
            assertEquals(expected, port, "index = MAC, value = bridge port (0 = the switch itself)");
            assertEquals(List.of("4", "5", "3"), bulkWalk(sw, 20, TP_FDB_STATUS).texts(), "self, mgmt, learned");
            assertEquals("Hex-STRING: 1A 2B 3C 4D 5E 6F ", getOne(sw, "1.3.6.1.2.1.17.4.3.1.1.26.43.60.77.94.111"));
            assertRefused(set(sw, "private", TP_FDB_PORT + ".26.43.60.77.94.111", "i", "1"), "notWritable");
        }
    }

    @Test
    void snmpInPktsCountsEveryDatagramAndIsNotResetWithTheTestCounter() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(1).start()) {
            long first = Long.parseLong(text(getOne(sw, SNMP_IN_PKTS)));
            getOne(sw, "1.3.6.1.2.1.1.5.0");
            sw.resetRequests();
            long later = Long.parseLong(text(getOne(sw, SNMP_IN_PKTS)));
            assertEquals(first + 2, later, "the GET in between and this one");
            assertEquals(1, sw.requests());
        }
    }
}
