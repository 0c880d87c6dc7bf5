package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.CiscoPorts;
import net.dcihandlers.sim.FdbStatus;
import net.dcihandlers.sim.IfCounter;
import net.dcihandlers.sim.SimulatedSwitch;
import net.dcihandlers.sim.SwitchModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static net.dcihandlers.snmpswitch.SwitchCalls.READ_COMMUNITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** status, statistics and mac_list against the simulated switch, compared with what the switch holds. */
class SwitchReadsTest {
    private static final int[] IF_INDEXES = {10101, 10102, 10103, 10104, 10105, 10106, 10107};

    private static Doc read(SimulatedSwitch sw, String func, String version) {
        return SwitchCalls.handler().call(Requests.call(func, Requests.snmp(sw.address(), version, READ_COMMUNITY))).ok();
    }

    // ---- status

    /**
     * Ports of 10 Mbit/s, 100 Mbit/s, 1, 10, 25 and 40 Gbit/s and a 1 Gbit/s one without link;
     * port 2 negotiated half duplex, port 3 an unknown duplex.
     */
    private static SimulatedSwitch.Builder speedsAndDuplexes(SwitchModel model) {
        return SimulatedSwitch.builder().model(model).ifIndexes(IF_INDEXES).etherLike()
                .portSpeedMbps(1, 10).portSpeedMbps(2, 100).portSpeedMbps(3, 1000).portSpeedMbps(4, 10_000)
                .portSpeedMbps(5, 25_000).portSpeedMbps(6, 40_000).portSpeedMbps(7, 1000)
                .duplexStatus(2, 2).duplexStatus(3, 1);
    }

    /** A plain switch and one with Q-BRIDGE VLANs: neither has a writable speed or duplex object. */
    static List<SwitchModel> withoutWritableSpeeds() {
        return List.of(SwitchModel.PLAIN, SwitchModel.Q_BRIDGE);
    }

    @ParameterizedTest
    @MethodSource("withoutWritableSpeeds")
    void statusGivesTheSpeedOfPortsThatAreUpAndTheDuplexTheyRunAt(SwitchModel model) {
        try (SimulatedSwitch sw = speedsAndDuplexes(model).sysName("edge-7").start()) {
            sw.setLink(10107, false);
            Doc d = read(sw, "status", "v2c");
            assertEquals("edge-7", d.hostname());
            Map<String, Map<String, String>> ports = d.ports();
            assertEquals(List.of("10101", "10102", "10103", "10104", "10105", "10106", "10107"), List.copyOf(ports.keySet()));
            String[][] expected = {
                    // identity, speed, duplex, oper_status
                    {"10101", "10mbps", "full", "on"},
                    {"10102", "100mbps", "half", "on"},
                    {"10103", "1gbps", null, "on"},      // dot3StatsDuplexStatus unknown: left out
                    {"10104", "10gbps", "full", "on"},
                    {"10105", null, "full", "on"},       // 25G has no speed value in the protocol
                    {"10106", null, "full", "on"},       // nor has 40G
                    {"10107", null, "full", "off"},      // no link: ifHighSpeed is no speed
            };
            for (String[] e : expected) {
                Map<String, String> p = ports.get(e[0]);
                assertEquals(e[1], p.get("speed"), "speed of " + e[0]);
                assertEquals(e[2], p.get("duplex"), "duplex of " + e[0]);
                assertEquals(e[3], p.get("oper_status"), "oper_status of " + e[0]);
                assertEquals("on", p.get("admin_status"));
                assertEquals(sw.descr(Integer.parseInt(e[0])), p.get("description"));
            }
        }
    }

    @Test
    void statusOnTheCiscoSwitchGivesTheConfiguredSpeedAndDuplexOfThePortTable() {
        try (SimulatedSwitch sw = speedsAndDuplexes(SwitchModel.CISCO_IOS).virtualInterfaces().start()) {
            sw.ciscoPorts().configure(10102, 100_000_000, CiscoPorts.DUPLEX_HALF);
            sw.ciscoPorts().configure(10103, CiscoPorts.SPEED_AUTO_10_100, CiscoPorts.DUPLEX_FULL);
            sw.ciscoPorts().configure(10104, CiscoPorts.SPEED_10G, CiscoPorts.DUPLEX_AUTO);
            sw.setLink(10107, false);
            Map<String, Map<String, String>> ports = read(sw, "status", "v2c").ports();
            assertEquals(List.of("10101", "10102", "10103", "10104", "10105", "10106", "10107"), List.copyOf(ports.keySet()),
                    "the ports, not Vlan1, Null0 or Loopback0");
            assertEquals("auto", ports.get("10101").get("speed"));
            assertEquals("auto", ports.get("10101").get("duplex"));
            assertEquals("100mbps", ports.get("10102").get("speed"));
            assertEquals("half", ports.get("10102").get("duplex"));
            assertEquals("auto10100", ports.get("10103").get("speed"));
            assertEquals("full", ports.get("10103").get("duplex"));
            assertEquals("10gbps", ports.get("10104").get("speed"));
            assertEquals("auto", ports.get("10104").get("duplex"));
            assertEquals("auto", ports.get("10107").get("speed"), "the setting, whether or not the link is up");
            assertEquals("off", ports.get("10107").get("oper_status"));
        }
    }

    // ---- statistics

    @Test
    void statisticsGiveEveryPortsSixtyFourBitCountersWithPacketsSummedOverUnicastMulticastAndBroadcast() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(IF_INDEXES).virtualInterfaces().start()) {
            sw.setCounter(10101, IfCounter.IN_OCTETS, -16L);   // 2^64 - 16: a counter about to wrap
            Map<String, Map<String, String>> ports = read(sw, "statistics", "v2c").ports();
            assertEquals(IF_INDEXES.length, ports.size());
            assertEquals("18446744073709551600", ports.get("10101").get("rxbytes"), "read as unsigned");
            for (int ifIndex : IF_INDEXES) {
                Map<String, String> p = ports.get(Integer.toString(ifIndex));
                assertEquals(unsigned(sw.counter(ifIndex, IfCounter.IN_OCTETS)), p.get("rxbytes"), "rxbytes of " + ifIndex);
                assertEquals(unsigned(sw.counter(ifIndex, IfCounter.OUT_OCTETS)), p.get("txbytes"), "txbytes of " + ifIndex);
                assertEquals(sum(sw, ifIndex, false, IfCounter.IN_UCAST_PKTS, IfCounter.IN_MULTICAST_PKTS,
                        IfCounter.IN_BROADCAST_PKTS), p.get("rxpackets"), "rxpackets of " + ifIndex);
                assertEquals(sum(sw, ifIndex, false, IfCounter.OUT_UCAST_PKTS, IfCounter.OUT_MULTICAST_PKTS,
                        IfCounter.OUT_BROADCAST_PKTS), p.get("txpackets"), "txpackets of " + ifIndex);
            }
        }
    }

    @Test
    void statisticsWithSnmpV1UseTheThirtyTwoBitCounters() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ifIndexes(IF_INDEXES).start()) {
            Map<String, Map<String, String>> ports = read(sw, "statistics", "v1").ports();
            assertEquals(IF_INDEXES.length, ports.size());
            for (int ifIndex : IF_INDEXES) {
                Map<String, String> p = ports.get(Integer.toString(ifIndex));
                assertEquals(Long.toString(sw.counter(ifIndex, IfCounter.IN_OCTETS) & 0xFFFF_FFFFL), p.get("rxbytes"));
                assertEquals(Long.toString(sw.counter(ifIndex, IfCounter.OUT_OCTETS) & 0xFFFF_FFFFL), p.get("txbytes"));
                assertEquals(sum(sw, ifIndex, true, IfCounter.IN_UCAST_PKTS, IfCounter.IN_MULTICAST_PKTS,
                        IfCounter.IN_BROADCAST_PKTS), p.get("rxpackets"));
                assertEquals(sum(sw, ifIndex, true, IfCounter.OUT_UCAST_PKTS, IfCounter.OUT_MULTICAST_PKTS,
                        IfCounter.OUT_BROADCAST_PKTS), p.get("txpackets"));
            }
        }
    }

    private static String unsigned(long value) {
        return Long.toUnsignedString(value);
    }

    private static String sum(SimulatedSwitch sw, int ifIndex, boolean low32, IfCounter... counters) {
        BigInteger total = BigInteger.ZERO;
        for (IfCounter c : counters) {
            long v = sw.counter(ifIndex, c);
            total = total.add(low32 ? BigInteger.valueOf(v & 0xFFFF_FFFFL) : new BigInteger(Long.toUnsignedString(v)));
        }
        return total.toString();
    }

    // ---- mac_list

    @Test
    void macListOnTheQBridgeSwitchGivesEveryLearnedMacOnThePortItWasLearnedOn() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(SwitchModel.Q_BRIDGE).ifIndexes(IF_INDEXES)
                .vlan(10, "web").vlan(20, "db").start()) {
            sw.qBridge().configureAccess(10102, 10);
            sw.qBridge().configureAccess(10106, 20);
            sw.fdb().learn(10, "1a:2b:3c:4d:5e:01", 10102)
                    // the same MAC in another VLAN on another port: only dot1qTpFdbTable (fdbId.MAC) has both
                    .learn(20, "1a:2b:3c:4d:5e:01", 10106)
                    .learn(1, "1A2B3C4D5E02", 10103)
                    .learn(1, "1a-2b-3c-4d-5e-03", 10103)
                    .add(1, "00:00:5E:00:53:FF", 0, FdbStatus.SELF)
                    .add(1, "00:00:5E:00:53:10", 10104, FdbStatus.MGMT)
                    .learn(20, "1A:2B:3C:4D:5E:04", 10105);   // port 5 is not in VLAN 20: flushed, not served
            Map<String, Map<String, String>> ports = read(sw, "mac_list", "v2c").ports();
            assertEquals(List.of("10101", "10102", "10103", "10104", "10105", "10106", "10107"), List.copyOf(ports.keySet()));
            assertEquals("1A:2B:3C:4D:5E:01", ports.get("10102").get("mac"));
            assertEquals("1A:2B:3C:4D:5E:02 1A:2B:3C:4D:5E:03", ports.get("10103").get("mac"));
            assertNull(ports.get("10104").get("mac"), "a management entry is no server");
            assertNull(ports.get("10101").get("mac"));
            assertNull(ports.get("10105").get("mac"));
            assertEquals("1A:2B:3C:4D:5E:01", ports.get("10106").get("mac"));
        }
    }

    /** A Catalyst with access ports in VLANs 10 and 20, a trunk carrying 1, 10 and 20, and MACs in each VLAN. */
    private static SimulatedSwitch catalystWithMacs() {
        SimulatedSwitch sw = SimulatedSwitch.builder().model(SwitchModel.CISCO_IOS).ifIndexes(10101, 10102, 10103, 10104)
                .vlan(10, "web").vlan(20, "db").virtualInterfaces().v3User("opuser", "authpass123", "privpass123").start();
        sw.ciscoVlans().configureAccess(10101, 10);
        sw.ciscoVlans().configureAccess(10102, 20);
        sw.ciscoVlans().configureTrunk(10103, 1, 1, 10, 20);
        sw.fdb().learn(10, "1A:2B:3C:4D:5E:01", 10101)
                .learn(20, "1A:2B:3C:4D:5E:02", 10102)
                .learn(10, "1A:2B:3C:4D:5E:03", 10103)
                .learn(20, "1A:2B:3C:4D:5E:04", 10103)
                .learn(1, "1A:2B:3C:4D:5E:05", 10104)
                .add(1, "00:00:5E:00:53:FF", 0, FdbStatus.SELF);
        return sw;
    }

    private static void assertCatalystMacs(Map<String, Map<String, String>> ports) {
        assertEquals(List.of("10101", "10102", "10103", "10104"), List.copyOf(ports.keySet()));
        assertEquals("1A:2B:3C:4D:5E:01", ports.get("10101").get("mac"));
        assertEquals("1A:2B:3C:4D:5E:02", ports.get("10102").get("mac"));
        assertEquals("1A:2B:3C:4D:5E:03 1A:2B:3C:4D:5E:04", ports.get("10103").get("mac"), "the trunk, from two VLANs");
        assertEquals("1A:2B:3C:4D:5E:05", ports.get("10104").get("mac"));
    }

    @Test
    void macListOnTheCiscoSwitchReadsEachVlansBridgeWithCommunityAtVlan() {
        try (SimulatedSwitch sw = catalystWithMacs()) {
            assertCatalystMacs(read(sw, "mac_list", "v2c").ports());
        }
    }

    @Test
    void macListOnTheCiscoSwitchReadsEachVlansBridgeWithTheSnmpV3ContextVlanN() {
        try (SimulatedSwitch sw = catalystWithMacs()) {
            InProcess handler = SwitchCalls.handler("snmp.v3.auth.protocol=SHA", "snmp.v3.priv.protocol=AES128");
            Doc d = handler.call(Requests.call("mac_list",
                    Requests.snmpV3(sw.address(), "opuser", "authpriv", "authpass123", "privpass123"))).ok();
            assertCatalystMacs(d.ports());
        }
    }
}
