package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Snmprec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-switch against snmpsim replaying an Aruba 2930F-like Q-BRIDGE switch (recordings/README.md):
 * 28 ports, an LACP trunk, VLAN interfaces and a loopback; every field of status, statistics and
 * mac_list is compared with what the recording says, port by port.
 */
class QBridgeRecordingTest {
    @RegisterExtension
    static final ReplayedSwitch replay = new ReplayedSwitch("aruba-2930f",
            RecordedSwitch.resource("aruba-2930f.snmprec"));
    private static final RecordedSwitch sw = replay.recorded();

    @Test
    void statusReportsEveryPortAsTheRecordingSays() {
        Map<String, Map<String, String>> expected = replay.checkStatusByIfMib("v2c");
        int requests = replay.requests();

        // the recording holds what the rules are about, so the comparison above has something to catch
        assertTrue(sw.interfaces().size() > expected.size(), "VLAN interfaces and the loopback are no ports");
        assertTrue(expected.values().stream().anyMatch(p -> "10gbps".equals(p.get("speed"))));
        assertTrue(expected.values().stream().anyMatch(p -> "10mbps".equals(p.get("speed"))));
        assertTrue(expected.values().stream().anyMatch(p -> "half".equals(p.get("duplex"))));
        assertTrue(expected.values().stream().anyMatch(p -> "on".equals(p.get("oper_status")) && !p.containsKey("speed")),
                "an up port whose ifHighSpeed (the 20 Gbit/s trunk) has no protocol value");
        assertTrue(expected.entrySet().stream().anyMatch(e -> "off".equals(e.getValue().get("oper_status"))
                        && !"0".equals(sw.recording().get(RecordedSwitch.IF_HIGH_SPEED + "." + e.getKey()))),
                "a down port that still states a speed, which is not its link's");
        assertTrue(expected.values().stream().anyMatch(p -> "off".equals(p.get("admin_status"))));

        // one GETNEXT identifies the switch; 6 columns (ifDescr, ifType, ifAdminStatus, ifOperStatus,
        // ifHighSpeed, dot3StatsDuplexStatus) of 35 interfaces and the row past the end in 64-binding
        // GETBULKs: ceil(36 x 6 / 64) = 4; one GETBULK of dot1dBasePortIfIndex settles the VLAN
        // interfaces whose names say nothing. One GETNEXT a row would take 36.
        assertTrue(requests <= 6, "status took " + requests + " requests");
    }

    @Test
    void statusWithSnmpV1IsTheSame() {
        replay.checkStatusByIfMib("v1");
    }

    @Test
    void statisticsAreThe64BitCountersOfEveryPort() {
        Doc d = replay.call("statistics", "v2c").ok();
        int requests = replay.requests();
        Map<String, Map<String, String>> expected = sw.statistics(false);
        assertEquals(expected, new TreeMap<>(d.ports()));

        BigInteger max32 = BigInteger.ONE.shiftLeft(32);
        assertTrue(expected.values().stream().anyMatch(p -> new BigInteger(p.get("rxbytes")).compareTo(max32) > 0),
                "some byte counters are beyond what 32 bits hold");
        assertTrue(expected.values().stream().anyMatch(p -> new BigInteger(p.get("txpackets")).compareTo(max32) > 0),
                "some packet counters are beyond what 32 bits hold");

        // 10 columns (ifDescr, ifType, 8 ifHC counters) of 35 interfaces and the row past the end
        // through 64-binding responses: ceil(36 x 10 / 64) = 6 GETBULKs, plus the identifying GETNEXT
        // and the dot1dBasePortIfIndex GETBULK; no second pass, as every port has 64-bit counters
        assertTrue(requests <= 8, "statistics took " + requests + " requests");
    }

    @Test
    void statisticsWithSnmpV1AreThe32BitCounters() {
        Doc d = replay.call("statistics", "v1").ok();
        Map<String, Map<String, String>> expected = sw.statistics(true);
        assertEquals(expected, new TreeMap<>(d.ports()));
        assertNotEquals(sw.statistics(false), expected, "the 32-bit counters have wrapped on some ports");
    }

    @Test
    void macListHasTheLearnedAddressesOfEachPortOnly() {
        Doc d = replay.call("mac_list", "v2c").ok();
        int requests = replay.requests();
        Snmprec rec = sw.recording();
        SortedMap<Integer, SortedSet<String>> learned = RecordedSwitch.learnedMacs(rec,
                RecordedSwitch.DOT1Q_TP_FDB_PORT, RecordedSwitch.DOT1Q_TP_FDB_STATUS);
        Map<String, Map<String, String>> expected = sw.macList(learned);
        assertEquals(expected, RecordedSwitch.normalizedMacs(d.ports()));

        assertTrue(RecordedSwitch.notLearnedOnPorts(rec, RecordedSwitch.DOT1Q_TP_FDB_PORT,
                RecordedSwitch.DOT1Q_TP_FDB_STATUS) >= 2, "self and mgmt entries on real ports are left out");
        Set<String> bridgePortsUnlikeIfIndex = Set.copyOf(rec.column(RecordedSwitch.DOT1D_BASE_PORT_IF_INDEX).entrySet()
                .stream().filter(e -> !e.getKey().equals(e.getValue())).map(Map.Entry::getValue).toList());
        assertTrue(bridgePortsUnlikeIfIndex.stream().anyMatch(i -> expected.get(i).containsKey("mac")),
                "MACs on a bridge port numbered unlike its ifIndex (the trunk) are found");
        assertTrue(learned.keySet().stream().anyMatch(i -> "10gbps".equals(sw.statusByIfMib()
                .get(Integer.toString(i)).get("speed"))), "MACs behind the uplink are on the uplink");

        // identify (1); ifDescr and ifType of 35 interfaces, ceil(36 x 2 / 64) = 2; dot1dBasePortIfIndex
        // (1); the forwarding database read side by side with the bridge ports: 5 columns, 2 of
        // them (dot1dTpFdb*) empty, then dot1dBasePortIfIndex's 27 rows, then dot1qTpFdbPort and
        // Status's 37 rows: 12, 21 and 32 rows a response, 3 GETBULKs
        assertTrue(requests <= 7, "mac_list took " + requests + " requests");
    }
}
