package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Snmprec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-switch against snmpsim replaying a small managed switch whose agent has IF-MIB and
 * EtherLike-MIB only (recordings/README.md): no bridge MIBs, and 64-bit counters as RFC 2863 asks
 * by port speed, so some ports have none, some only for octets.
 */
class IfMibRecordingTest {
    @RegisterExtension
    static final ReplayedSwitch replay = new ReplayedSwitch("small-switch",
            RecordedSwitch.resource("small-switch.snmprec"));
    private static final RecordedSwitch sw = replay.recorded();

    @Test
    void statusReportsTheEthernetPortsAsTheRecordingSays() {
        Map<String, Map<String, String>> expected = replay.checkStatusByIfMib("v2c");
        int requests = replay.requests();
        assertTrue(sw.interfaces().size() > expected.size(), "the VLAN interface and the loopback are no ports");
        assertTrue(expected.values().stream().anyMatch(p -> "half".equals(p.get("duplex"))));
        assertTrue(expected.values().stream().anyMatch(p -> "off".equals(p.get("oper_status"))
                && "on".equals(p.get("admin_status"))));
        // identify (1) and 6 columns of 12 interfaces and the row past the end in 64-binding
        // GETBULKs (ceil(13 x 6 / 64) = 2); no bridge lookup, as ifType settles every interface
        assertTrue(requests <= 3, "status took " + requests + " requests");
    }

    @Test
    void statusWithSnmpV1IsTheSame() {
        replay.checkStatusByIfMib("v1");
    }

    @Test
    void statisticsTakeEachCounterAtTheWidthThePortHasIt() {
        Doc d = replay.call("statistics", "v2c").ok();
        int requests = replay.requests();
        Map<String, Map<String, String>> expected = sw.statistics(false);
        assertEquals(expected, new TreeMap<>(d.ports()));

        // the recording has the three kinds of port RFC 2863 allows: all 64-bit counters, 64-bit
        // octets with 32-bit packets, and 32-bit counters only
        Snmprec rec = sw.recording();
        assertTrue(sw.ports().stream().anyMatch(sw::hasAllHcCounters));
        assertTrue(sw.ports().stream().anyMatch(i -> rec.get("1.3.6.1.2.1.31.1.1.1.6." + i) != null
                && rec.get("1.3.6.1.2.1.31.1.1.1.7." + i) == null));
        assertTrue(sw.ports().stream().anyMatch(i -> rec.get("1.3.6.1.2.1.31.1.1.1.6." + i) == null));
        assertNotEquals(sw.statistics(true), expected, "64-bit octet counters beyond 32 bits are used");

        // identify (1); 10 columns of 12 interfaces (ceil(13 x 10 / 64) = 3); as some ports lack
        // 64-bit counters, a second pass over the 10 32-bit columns with ifDescr and ifType
        // (ceil(13 x 12 / 64) = 3)
        assertTrue(requests <= 7, "statistics took " + requests + " requests");
    }

    @Test
    void statisticsWithSnmpV1AreThe32BitCounters() {
        Doc d = replay.call("statistics", "v1").ok();
        assertEquals(sw.statistics(true), new TreeMap<>(d.ports()));
    }

    @Test
    void macListListsEveryPortWithoutAddressesWhenTheSwitchHasNoBridgeMib() {
        Doc d = replay.call("mac_list", "v2c").ok();
        int requests = replay.requests();
        assertTrue(sw.recording().column(RecordedSwitch.DOT1D_BASE_PORT_IF_INDEX).isEmpty());
        assertEquals(sw.macList(Map.of()), RecordedSwitch.normalizedMacs(d.ports()));
        // identify (1), ifDescr and ifType (1), the forwarding-database columns, all empty (1)
        assertTrue(requests <= 3, "mac_list took " + requests + " requests");
    }
}
