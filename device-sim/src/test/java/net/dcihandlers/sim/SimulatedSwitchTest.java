package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkGet;
import static net.dcihandlers.sim.NetSnmp.bulkWalk;
import static net.dcihandlers.sim.NetSnmp.get;
import static net.dcihandlers.sim.NetSnmp.getExpectingSilence;
import static net.dcihandlers.sim.NetSnmp.set;
import static net.dcihandlers.sim.NetSnmp.text;
import static net.dcihandlers.sim.NetSnmp.walk;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The simulated switch as net-snmp's tools, an independent client, see it. */
class SimulatedSwitchTest {
    private static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
    private static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    private static final String IF_NUMBER = "1.3.6.1.2.1.2.1.0";

    @Test
    void bulkWalkOfIfDescrGivesTheConfiguredPortNamesThenTheOtherInterfaces() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(3)
                .portNames("Gi1/0/1 <uplink>", "R&D port", "Te1/1/1").virtualInterfaces().start()) {
            NetSnmp.Result descr = bulkWalk(sw, 50, IfColumn.IF_DESCR.oid());
            assertEquals(0, descr.exitCode(), descr::toString);
            assertEquals(List.of("Gi1/0/1 <uplink>", "R&D port", "Te1/1/1", "Vlan1", "Null0", "Loopback0"), descr.texts());
            assertEquals(List.of("6", "6", "6", "53", "1", "24"), bulkWalk(sw, 50, IfColumn.IF_TYPE.oid()).texts());
            assertEquals(List.of(1, 2, 3), sw.portIfIndexes());
            assertEquals(List.of(1, 2, 3, 4, 5, 6), sw.ifIndexes());
        }
    }

    @Test
    void unnamedPortsHaveCiscoStyleDescrAndName() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            assertEquals(List.of("GigabitEthernet1/0/1", "GigabitEthernet1/0/2"), walk(sw, IfColumn.IF_DESCR.oid()).texts());
            assertEquals(List.of("Gi1/0/1", "Gi1/0/2"), walk(sw, IfColumn.IF_NAME.oid()).texts());
        }
    }

    @Test
    void sparseIfIndexesIndexEveryColumnOfBothTables() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(10101, 10102, 10201).start()) {
            List<String> indexes = List.of("10101", "10102", "10201");
            assertEquals(indexes, walk(sw, IfColumn.IF_INDEX.oid()).texts());
            assertEquals(indexes, rowIndexes(walk(sw, IfColumn.IF_OPER_STATUS.oid()).values()));
            assertEquals(indexes, rowIndexes(walk(sw, IfColumn.IF_HC_OUT_OCTETS.oid()).values()));
            assertEquals("3", text(get(sw, "public", IF_NUMBER).values().get(IF_NUMBER)));
        }
    }

    @Test
    void firstIfIndexShiftsThePortNumbers() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).firstIfIndex(49).start()) {
            assertEquals(List.of("49", "50"), walk(sw, IfColumn.IF_INDEX.oid()).texts());
        }
    }

    @Test
    void everyCounterColumnServesADistinctValueAndHcCountersGoBeyond32Bits() {
        Map<IfColumn, IfCounter> hc = Map.of(
                IfColumn.IF_HC_IN_OCTETS, IfCounter.IN_OCTETS, IfColumn.IF_HC_IN_UCAST_PKTS, IfCounter.IN_UCAST_PKTS,
                IfColumn.IF_HC_IN_MULTICAST_PKTS, IfCounter.IN_MULTICAST_PKTS,
                IfColumn.IF_HC_IN_BROADCAST_PKTS, IfCounter.IN_BROADCAST_PKTS,
                IfColumn.IF_HC_OUT_OCTETS, IfCounter.OUT_OCTETS, IfColumn.IF_HC_OUT_UCAST_PKTS, IfCounter.OUT_UCAST_PKTS,
                IfColumn.IF_HC_OUT_MULTICAST_PKTS, IfCounter.OUT_MULTICAST_PKTS,
                IfColumn.IF_HC_OUT_BROADCAST_PKTS, IfCounter.OUT_BROADCAST_PKTS);
        Map<IfColumn, IfCounter> low32 = Map.of(
                IfColumn.IF_IN_OCTETS, IfCounter.IN_OCTETS, IfColumn.IF_IN_UCAST_PKTS, IfCounter.IN_UCAST_PKTS,
                IfColumn.IF_IN_MULTICAST_PKTS, IfCounter.IN_MULTICAST_PKTS,
                IfColumn.IF_IN_BROADCAST_PKTS, IfCounter.IN_BROADCAST_PKTS,
                IfColumn.IF_OUT_OCTETS, IfCounter.OUT_OCTETS, IfColumn.IF_OUT_UCAST_PKTS, IfCounter.OUT_UCAST_PKTS,
                IfColumn.IF_OUT_MULTICAST_PKTS, IfCounter.OUT_MULTICAST_PKTS,
                IfColumn.IF_OUT_BROADCAST_PKTS, IfCounter.OUT_BROADCAST_PKTS);
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            Set<String> served = new HashSet<>();
            for (int port : List.of(1, 2)) {
                for (Map.Entry<IfColumn, IfCounter> column : hc.entrySet()) {
                    String value = getOne(sw, column.getKey().oid() + "." + port);
                    assertEquals("Counter64: " + sw.counter(port, column.getValue()), value, column.getKey() + " port " + port);
                    served.add(text(value));
                }
                for (Map.Entry<IfColumn, IfCounter> column : low32.entrySet()) {
                    String value = getOne(sw, column.getKey().oid() + "." + port);
                    assertEquals("Counter32: " + (sw.counter(port, column.getValue()) & 0xFFFF_FFFFL), value,
                            column.getKey() + " port " + port);
                }
            }
            assertEquals(16, served.size(), "distinct 64-bit values across 2 ports x 8 counters: " + served);
            assertTrue(sw.counter(2, IfCounter.IN_OCTETS) > 0xFFFF_FFFFL, "port 2's octets exceed 32 bits");

            sw.setCounter(1, IfCounter.OUT_OCTETS, 5_000_000_000L);
            assertEquals("Counter64: 5000000000", getOne(sw, IfColumn.IF_HC_OUT_OCTETS.oid() + ".1"));
            assertEquals("Counter32: " + (5_000_000_000L - (1L << 32)), getOne(sw, IfColumn.IF_OUT_OCTETS.oid() + ".1"));
        }
    }

    /** Octets per packet between the shortest Ethernet frame (64) and the longest untagged one (1518). */
    @Test
    void countersReadLikeRealTrafficWithFewerPacketsThanOctets() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(24).start()) {
            Map<String, String> values = walk(sw, "1.3.6.1.2.1.31.1.1.1").values();
            for (int port = 1; port <= 24; port++) {
                for (int[] direction : new int[][]{{6, 7, 8, 9}, {10, 11, 12, 13}}) {
                    long octets = hc(values, direction[0], port);
                    long packets = hc(values, direction[1], port) + hc(values, direction[2], port) + hc(values, direction[3], port);
                    assertTrue(packets * 64 <= octets && octets <= packets * 1518,
                            "port " + port + ": " + octets + " octets in " + packets + " packets");
                }
            }
        }
    }

    private static long hc(Map<String, String> values, int column, int port) {
        String v = values.get("1.3.6.1.2.1.31.1.1.1." + column + "." + port);
        assertTrue(v != null && v.startsWith("Counter64: "), column + "." + port + ": " + v);
        return Long.parseLong(v.substring("Counter64: ".length()));
    }

    @Test
    void speedsAreServedInBothUnitsWithIfSpeedSaturating() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(1).portSpeedMbps(10_000).start()) {
            assertEquals("Gauge32: 4294967295", getOne(sw, IfColumn.IF_SPEED.oid() + ".1"));
            assertEquals("Gauge32: 10000", getOne(sw, IfColumn.IF_HIGH_SPEED.oid() + ".1"));
        }
    }

    @Test
    void systemGroupAnswersWithTheConfiguredIdentity() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().sysName("core-sw1").sysDescr("Cisco IOS Software, C3750")
                .sysObjectId("1.3.6.1.4.1.9.1.516").start()) {
            Map<String, String> values = get(sw, "public", SYS_NAME, SYS_DESCR, SYS_OBJECT_ID).values();
            assertEquals("core-sw1", text(values.get(SYS_NAME)));
            assertEquals("Cisco IOS Software, C3750", text(values.get(SYS_DESCR)));
            assertEquals("OID: .1.3.6.1.4.1.9.1.516", values.get(SYS_OBJECT_ID));
        }
    }

    @Test
    void setOfIfAdminStatusWithTheWriteCommunityTakesThePortDownAndUp() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            NetSnmp.Result down = set(sw, "private", IfColumn.IF_ADMIN_STATUS.oid() + ".2", "i", "2");
            assertEquals(0, down.exitCode(), down::toString);
            assertAll(
                    () -> assertEquals(2, sw.adminStatus(2)),
                    () -> assertEquals(2, sw.operStatus(2)),
                    () -> assertEquals("INTEGER: 2", getOne(sw, IfColumn.IF_OPER_STATUS.oid() + ".2")),
                    () -> assertEquals(1, sw.adminStatus(3), "other ports untouched"));

            assertEquals(0, set(sw, "private", IfColumn.IF_ADMIN_STATUS.oid() + ".2", "i", "1").exitCode());
            assertEquals(1, sw.adminStatus(2));
            assertEquals("INTEGER: 1", getOne(sw, IfColumn.IF_OPER_STATUS.oid() + ".2"));
        }
    }

    @Test
    void operStatusFollowsTheLinkWhileTheAdminStatusIsUp() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            sw.setLink(3, false);
            assertEquals("INTEGER: 1", getOne(sw, IfColumn.IF_ADMIN_STATUS.oid() + ".3"));
            assertEquals("INTEGER: 2", getOne(sw, IfColumn.IF_OPER_STATUS.oid() + ".3"));
            sw.setAdminStatus(3, 2);
            sw.setLink(3, true);
            assertEquals(2, sw.operStatus(3), "admin down keeps oper down whatever the link");
            sw.setAdminStatus(3, 1);
            assertEquals("INTEGER: 1", getOne(sw, IfColumn.IF_OPER_STATUS.oid() + ".3"));
        }
    }

    @Test
    void setWithTheReadOnlyCommunityIsRefusedWithNoAccessAndChangesNothing() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            NetSnmp.Result refused = set(sw, "public", IfColumn.IF_ADMIN_STATUS.oid() + ".2", "i", "2");
            assertNotEquals(0, refused.exitCode(), refused::toString);
            assertTrue(refused.output().contains("noAccess"), refused::toString);
            assertEquals(1, sw.adminStatus(2));
            assertEquals(1, sw.operStatus(2));
        }
    }

    @Test
    void invalidSetsAreRefusedAsTheMibRequires() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            String admin = IfColumn.IF_ADMIN_STATUS.oid();
            assertRefused(set(sw, "private", admin + ".2", "i", "3"), "wrongValue");
            assertRefused(set(sw, "private", admin + ".2", "s", "down"), "wrongType");
            assertRefused(set(sw, "private", IfColumn.IF_DESCR.oid() + ".2", "s", "x"), "notWritable");
            assertRefused(set(sw, "private", admin + ".99", "i", "2"), "noCreation");
            assertEquals(1, sw.adminStatus(2));
        }
    }

    @Test
    void setOfIfAliasChangesTheAlias() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            NetSnmp.Result result = set(sw, "private", IfColumn.IF_ALIAS.oid() + ".1", "s", "uplink to core & <rack 4>");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("uplink to core & <rack 4>", sw.alias(1));
            assertEquals("", sw.alias(2));
        }
    }

    @Test
    void unknownCommunityGetsNoAnswerButIsCounted() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().readCommunity("ro-secret").writeCommunity("rw-secret").start()) {
            NetSnmp.Result result = getExpectingSilence(sw, "public", SYS_NAME);
            assertNotEquals(0, result.exitCode());
            assertTrue(result.output().contains("Timeout"), result::toString);
            assertEquals(1, sw.requests());
            assertEquals("sim-switch", text(get(sw, "ro-secret", SYS_NAME).values().get(SYS_NAME)));
        }
    }

    @Test
    void requestsCountsEveryRequestReceivedAndCanBeReset() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            assertEquals(0, sw.requests());
            get(sw, "public", SYS_NAME);
            assertEquals(1, sw.requests());
            // GETNEXT walk of 4 rows: 4 requests, and a fifth that leaves the column
            assertEquals(4, walk(sw, IfColumn.IF_DESCR.oid()).values().size());
            assertEquals(6, sw.requests());
            // one GETBULK holds all 4 rows and the first cell past them
            bulkWalk(sw, 10, IfColumn.IF_DESCR.oid());
            assertEquals(7, sw.requests());
            sw.resetRequests();
            assertEquals(0, sw.requests());
        }
    }

    @Test
    void thousandPortSwitchAnswersFiftyRowsOfSixColumnsInOneResponse() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(1000).start()) {
            NetSnmp.Result bulk = bulkGet(sw, 50, IfColumn.IF_DESCR.oid(), IfColumn.IF_ADMIN_STATUS.oid(),
                    IfColumn.IF_OPER_STATUS.oid(), IfColumn.IF_HC_IN_OCTETS.oid(), IfColumn.IF_HC_OUT_OCTETS.oid(),
                    IfColumn.IF_ALIAS.oid());
            assertEquals(0, bulk.exitCode(), bulk::toString);
            Map<String, String> values = bulk.values();
            assertEquals(300, values.size());
            assertEquals(1, sw.requests());
            assertEquals("GigabitEthernet1/0/50", text(values.get(IfColumn.IF_DESCR.oid() + ".50")));
            assertEquals("Counter64: " + sw.counter(50, IfCounter.OUT_OCTETS), values.get(IfColumn.IF_HC_OUT_OCTETS.oid() + ".50"));
            assertEquals("1000", text(get(sw, "public", IF_NUMBER).values().get(IF_NUMBER)));
        }
    }

    @Test
    void v3UserWithShaAndAesMayReadAndWrite() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).sysName("v3-sw")
                .v3User("opuser", "authpass123", "privpass123").start()) {
            List<String> v3 = List.of("-v3", "-l", "authPriv", "-u", "opuser", "-a", "SHA", "-A", "authpass123",
                    "-x", "AES", "-X", "privpass123", "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0", sw.address());
            NetSnmp.Result read = NetSnmp.run("snmpget", concat(v3, SYS_NAME));
            assertEquals(0, read.exitCode(), read::toString);
            assertEquals("v3-sw", text(read.values().get(SYS_NAME)));

            NetSnmp.Result write = NetSnmp.run("snmpset", concat(v3, IfColumn.IF_ADMIN_STATUS.oid() + ".1", "i", "2"));
            assertEquals(0, write.exitCode(), write::toString);
            assertEquals(2, sw.adminStatus(1));

            // a wrong passphrase is reported (usmStatsWrongDigests), as snmpd does, not left to time out
            List<String> wrongAuth = new ArrayList<>(v3);
            wrongAuth.set(wrongAuth.indexOf("authpass123"), "wrongpass123");
            NetSnmp.Result refused = NetSnmp.run("snmpget", concat(wrongAuth, SYS_NAME));
            assertNotEquals(0, refused.exitCode());
            assertTrue(refused.output().contains("Authentication failure"), refused::toString);
        }
    }

    @Test
    void stateAccessorsRejectAnIfIndexTheSwitchDoesNotHave() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            assertThrows(IllegalArgumentException.class, () -> sw.adminStatus(3));
            assertThrows(IllegalArgumentException.class, () -> sw.setLink(0, false));
        }
    }

    @Test
    void builderRefusesContradictions() {
        assertThrows(IllegalStateException.class, () -> SimulatedSwitch.builder().ports(2).ifIndexes(1, 2, 3).start());
        assertThrows(IllegalStateException.class, () -> SimulatedSwitch.builder().ports(2).portName(3, "x").start());
        assertThrows(IllegalArgumentException.class, () -> SimulatedSwitch.builder().ifIndexes(5, 5).start());
    }

    @Test
    void closeFreesThePort() {
        int port;
        try (SimulatedSwitch first = SimulatedSwitch.builder().start()) {
            port = first.port();
            assertTrue(first.address().equals("127.0.0.1:" + port));
        }
        try (SimulatedSwitch second = SimulatedSwitch.builder().port(port).sysName("second").start()) {
            assertEquals("second", text(get(second, "public", SYS_NAME).values().get(SYS_NAME)));
        }
    }

    static String getOne(SimulatedSwitch sw, String oid) {
        NetSnmp.Result result = get(sw, "public", oid);
        assertEquals(0, result.exitCode(), result::toString);
        return result.values().get(oid);
    }

    static void assertRefused(NetSnmp.Result result, String error) {
        assertNotEquals(0, result.exitCode(), result::toString);
        assertTrue(result.output().contains(error), () -> "expected " + error + ": " + result);
    }

    private static List<String> rowIndexes(Map<String, String> values) {
        List<String> indexes = new ArrayList<>();
        for (String oid : values.keySet()) {
            indexes.add(oid.substring(oid.lastIndexOf('.') + 1));
        }
        return indexes;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
