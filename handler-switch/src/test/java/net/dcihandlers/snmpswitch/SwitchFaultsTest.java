package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.sim.CiscoPorts;
import net.dcihandlers.sim.Fault;
import net.dcihandlers.sim.IfColumn;
import net.dcihandlers.sim.IfCounter;
import net.dcihandlers.sim.SimulatedSwitch;
import net.dcihandlers.sim.SwitchModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.snmp4j.PDU;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static net.dcihandlers.snmpswitch.SwitchCalls.READ_COMMUNITY;
import static net.dcihandlers.snmpswitch.SwitchCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-switch against a simulated switch that misbehaves the ways real agents do. */
class SwitchFaultsTest {

    private static Doc status(SimulatedSwitch sw, String... config) {
        return SwitchCalls.handler(config).call(Requests.call("status", Requests.snmp(sw.address(), "v2c", READ_COMMUNITY)));
    }

    /** What status must say of every port of a well-behaved switch: its ifDescr, admin and oper status on. */
    private static void assertEveryPortComplete(SimulatedSwitch sw, Doc d) {
        Map<String, Map<String, String>> ports = d.ok().ports();
        assertEquals(sw.portIfIndexes().stream().map(String::valueOf).toList(), List.copyOf(ports.keySet()));
        for (int ifIndex : sw.portIfIndexes()) {
            Map<String, String> p = ports.get(Integer.toString(ifIndex));
            assertEquals(sw.descr(ifIndex), p.get("description"));
            assertEquals("on", p.get("admin_status"));
            assertEquals("on", p.get("oper_status"));
            assertEquals("1gbps", p.get("speed"));
            assertEquals("full", p.get("duplex"));
        }
    }

    @Test
    void aSwitchAnsweringTooBigIsAskedForFewerRowsAndStillAnsweredCompletely() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).etherLike().faults(Fault.tooBig(20)).start()) {
            assertEveryPortComplete(sw, status(sw));
        }
    }

    @Test
    void aSwitchTooBigEvenForOneRowIsAClearError() {
        // the identification (4 bindings) passes; one row of status's 6 columns does not
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).etherLike().faults(Fault.tooBig(5)).start()) {
            Doc d = status(sw).error("unexpected_data");
            assertTrue(d.errorText().contains("tooBig"), d.errorText());
        }
    }

    @Test
    void truncatedBulkResponsesAreTakenAsFarAsTheyGo() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).etherLike().faults(Fault.maxBindings(7)).start()) {
            assertEveryPortComplete(sw, status(sw));
            Map<String, Map<String, String>> stats = SwitchCalls.handler()
                    .call(Requests.call("statistics", Requests.snmp(sw.address(), "v2c", READ_COMMUNITY))).ok().ports();
            for (int ifIndex : sw.portIfIndexes()) {
                assertEquals(Long.toUnsignedString(sw.counter(ifIndex, IfCounter.OUT_OCTETS)),
                        stats.get(Integer.toString(ifIndex)).get("txbytes"));
            }
        }
    }

    @Test
    void aSilentSwitchIsAConnectionErrorWithinTheDeadline() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).faults(Fault.silent()).start()) {
            long deadlineMs = 2000;
            long t0 = System.nanoTime();
            // eleven tries of 7 s would take 77 s per request without the deadline, far beyond the
            // bound a loaded machine is allowed
            Doc d = status(sw, "deadline.ms=" + deadlineMs, "snmp.timeout.ms=7000", "snmp.retries=10").error("connection");
            long ms = Patience.millisSince(t0);
            assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms, deadline " + deadlineMs + " ms");
            assertTrue(d.errorText().contains(sw.address()) || d.errorText().contains("deadline"), d.errorText());
            assertTrue(sw.requests() > 0, "the requests did reach the switch");
        }
    }

    @Test
    void aSwitchThatDropsEveryThirdRequestIsAnsweredCompletelyThroughRetries() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).etherLike().faults(Fault.dropEvery(3)).start()) {
            assertEveryPortComplete(sw, status(sw, "snmp.timeout.ms=1000", "snmp.retries=5", "snmp.max.repetitions=10"));
        }
    }

    @Test
    void snmpV1EndsOfTablesAndMissingPortsAreNoSuchNameAndReadAsSuch() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(5).etherLike().start()) {
            Doc d = SwitchCalls.handler().call(Requests.call("status", Requests.snmp(sw.address(), "v1", READ_COMMUNITY)));
            assertEveryPortComplete(sw, d);
            Doc missing = SwitchCalls.handler().call(Requests.call("port_off",
                    Requests.snmp(sw.address(), "v1", SwitchCalls.WRITE_COMMUNITY), "4242")).error("unexpected_data");
            assertTrue(missing.errorText().contains("4242"), missing.errorText());
        }
    }

    @Test
    void snmpV2cNoSuchObjectForAMissingPortIsAnErrorAndNoSetIsSent() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(5).start()) {
            Doc missing = SwitchCalls.handler().call(Requests.call("port_off",
                    Requests.snmp(sw.address(), "v2c", SwitchCalls.WRITE_COMMUNITY), "4242")).error("unexpected_data");
            assertTrue(missing.errorText().contains("4242"), missing.errorText());
            assertEquals(0, sw.setRequests(), "nothing was written");
        }
    }

    @Test
    void aColumnMissingForSomePortsGivesAPartialAnswerForThosePortsOnly() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(6).etherLike()
                .faults(Fault.missingCells(IfColumn.IF_OPER_STATUS, 2, 5), Fault.missingCells(IfColumn.IF_HIGH_SPEED, 3))
                .start()) {
            Map<String, Map<String, String>> ports = status(sw).ok().ports();
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), List.copyOf(ports.keySet()));
            for (int ifIndex : List.of(2, 5)) {
                Map<String, String> p = ports.get(Integer.toString(ifIndex));
                assertEquals("unknown", p.get("oper_status"), "no ifOperStatus for port " + ifIndex);
                assertEquals("on", p.get("admin_status"));
                assertEquals(sw.descr(ifIndex), p.get("description"));
                assertNull(p.get("speed"), "not known to be up, so no speed");
            }
            assertEquals("on", ports.get("3").get("oper_status"));
            assertNull(ports.get("3").get("speed"), "no ifHighSpeed for port 3");
            for (int ifIndex : List.of(1, 4, 6)) {
                assertEquals("on", ports.get(Integer.toString(ifIndex)).get("oper_status"));
                assertEquals("1gbps", ports.get(Integer.toString(ifIndex)).get("speed"));
            }
        }
    }

    @Test
    void columnsEndingEarlyLeaveTheLaterPortsWithWhatIsKnown() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(6).etherLike()
                .faults(Fault.columnsEndAfter(3, IfColumn.IF_ADMIN_STATUS, IfColumn.IF_OPER_STATUS)).start()) {
            Map<String, Map<String, String>> ports = status(sw).ok().ports();
            assertEquals(6, ports.size());
            assertEquals("on", ports.get("3").get("admin_status"));
            assertEquals("unknown", ports.get("4").get("admin_status"));
            assertEquals("unknown", ports.get("6").get("oper_status"));
            assertEquals(sw.descr(6), ports.get("6").get("description"));
        }
    }

    /**
     * An object the answer cannot do without, served with the wrong type: an error naming it, its
     * OID and the type received, never ports silently missing (a wrong ifType used to give zero
     * ports and no error, statistics an empty document).
     */
    @ParameterizedTest
    @CsvSource({"IF_TYPE, ifType, status", "IF_TYPE, ifType, statistics", "IF_TYPE, ifType, mac_list",
            "IF_ADMIN_STATUS, ifAdminStatus, status", "IF_OPER_STATUS, ifOperStatus, status",
            "IF_IN_OCTETS, ifInOctets, statistics"})
    void aRequiredObjectOfTheWrongTypeIsAnErrorNamingItItsOidAndTheTypeReceived(IfColumn column, String name,
                                                                              String function) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).etherLike().faults(Fault.wrongType(column)).start()) {
            String version = column == IfColumn.IF_IN_OCTETS ? "v1" : "v2c";
            RunResult r = SwitchCalls.handler().run(Requests.call(function,
                    Requests.snmp(sw.address(), version, READ_COMMUNITY)));
            assertEquals(0, r.exit());
            String text = r.doc().error("unexpected_data").errorText();
            assertTrue(text.contains(name + ".1 (" + column.oid() + ".1) with an OCTET STRING"), text);
            assertTrue(text.contains(sw.address()), text);
            assertFalse(r.stdout().contains("xception"), r.stdout());
        }
    }

    /** An object the answer can leave out, served with the wrong type: left out, and the trace says why. */
    @Test
    void anOptionalObjectOfTheWrongTypeIsLeftOutAndTheTraceSaysWhy() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).etherLike()
                .faults(Fault.wrongType(IfColumn.IF_HIGH_SPEED), Fault.wrongType(IfColumn.IF_HC_IN_OCTETS)).start()) {
            RunResult status = SwitchCalls.handler().run(Requests.call("status",
                    Requests.snmp(sw.address(), "v2c", READ_COMMUNITY)), "-v");
            Map<String, Map<String, String>> ports = status.doc().ok().ports();
            assertEquals(Set.of("1", "2", "3", "4"), ports.keySet());
            for (Map<String, String> p : ports.values()) {
                assertEquals("on", p.get("oper_status"));
                assertEquals("full", p.get("duplex"));
                assertNull(p.get("speed"), "an OCTET STRING is no speed");
            }
            assertTrue(status.stderr().contains("ifHighSpeed.1 (" + IfColumn.IF_HIGH_SPEED.oid()
                    + ".1) came as an OCTET STRING, not a Gauge32 as its MIB defines: left out"), status.stderr());

            RunResult r = SwitchCalls.handler().run(Requests.call("statistics",
                    Requests.snmp(sw.address(), "v2c", READ_COMMUNITY)));
            Map<String, Map<String, String>> stats = r.doc().ok().ports();
            // no usable 64-bit octet counter: the 32-bit one stands in
            assertEquals(Long.toString(sw.counter(1, IfCounter.IN_OCTETS) & 0xFFFF_FFFFL), stats.get("1").get("rxbytes"));
            assertEquals(Long.toUnsignedString(sw.counter(1, IfCounter.OUT_OCTETS)), stats.get("1").get("txbytes"));
        }
    }

    /** BRIDGE-MIB dot1dTpFdbEntry, the plain switch's forwarding table. */
    private static final String TP_FDB_ENTRY = "1.3.6.1.2.1.17.4.3.1";

    /** A switch that has learned {@code macs} MACs spread over its ports; returns the MACs by ifIndex. */
    private static Map<String, String> learn(SimulatedSwitch sw, int macs) {
        Map<String, java.util.SortedSet<String>> byPort = new java.util.TreeMap<>();
        List<Integer> ports = sw.portIfIndexes();
        for (int i = 0; i < macs; i++) {
            int ifIndex = ports.get(i * 7 % ports.size());
            sw.fdb().learn(1, String.format("52:54:00:%02X:%02X:%02X", i % 3, i / 256, i % 256), ifIndex);
        }
        for (var e : sw.fdb().entries()) {
            byPort.computeIfAbsent(Integer.toString(e.ifIndex()), k -> new java.util.TreeSet<>()).add(e.macText());
        }
        Map<String, String> out = new java.util.TreeMap<>();
        byPort.forEach((port, set) -> out.put(port, String.join(" ", set)));
        return out;
    }

    private static Map<String, String> macsByPort(Doc d) {
        Map<String, String> out = new java.util.TreeMap<>();
        d.ok().ports().forEach((id, fields) -> {
            if (fields.get("mac") != null) {
                out.put(id, fields.get("mac"));
            }
        });
        return out;
    }

    /**
     * Some switches walk their forwarding table in their own order (a BDCOM S5612 does): every
     * other OID does not increase. Every MAC is still read, as snmpwalk -Cc reads them, with SNMP
     * v2c (GETBULK) and v1 (GETNEXT) alike.
     */
    @ParameterizedTest
    @CsvSource({"v2c", "v1"})
    void macListReadsAForwardingTableWalkedOutOfOrderWhole(String version) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(12).faults(Fault.outOfOrder(TP_FDB_ENTRY)).start()) {
            Map<String, String> learned = learn(sw, 120);
            RunResult r = SwitchCalls.handler().run(Requests.call("mac_list",
                    Requests.snmp(sw.address(), version, READ_COMMUNITY)), "-v");
            assertEquals(learned, macsByPort(r.doc()), r.stderr());
            assertTrue(r.stderr().contains("out of order"), r.stderr());
        }
    }

    /** A forwarding table walked in circles is an error, never the MACs before the loop given as all. */
    @Test
    void aForwardingTableWalkedInCirclesIsAnErrorNotAShortList() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(12).faults(Fault.inCircles(TP_FDB_ENTRY, 30)).start()) {
            learn(sw, 120);
            Doc d = call(sw, "mac_list");
            String text = d.error("unexpected_data").errorText();
            assertTrue(text.contains("a second time") && text.contains("in circles") && text.contains("dot1dTpFdb"), text);
        }
    }

    @ParameterizedTest
    @CsvSource({PDU.noAccess + ", connection", PDU.notWritable + ", unexpected_data", PDU.wrongValue + ", unexpected_data"})
    void aRefusedSetIsAnErrorOfTheRightTypeAndChangesNothing(int errorStatus, String type) {
        try (SimulatedSwitch sw = SwitchWritesTest.catalyst()) {
            sw.setFaults(Fault.refuseSets(errorStatus));
            Doc speed = call(sw, "port_speed", 10102, "speed", "100mbps").error(type);
            assertTrue(speed.errorText().contains(PDU.toErrorStatusText(errorStatus).split(" ")[0])
                    || speed.errorText().contains("write access"), speed.errorText());
            assertEquals(CiscoPorts.SPEED_AUTO, sw.ciscoPorts().adminSpeed(10102));

            call(sw, "set_vlan", 10102, "vlan_id", "10", "is_trunk", "on", "trunk_members", "20").error(type);
            assertFalse(sw.ciscoVlans().isTrunking(10102));
            assertEquals(1, sw.ciscoVlans().accessVlan(10102));

            call(sw, "port_off", 10102).error(type);
            assertEquals(1, sw.adminStatus(10102));
        }
    }

    @Test
    void aSetWithTheReadOnlyCommunityIsAConnectionErrorAskingForAWriteCommunity() {
        try (SimulatedSwitch sw = SwitchWritesTest.proCurve()) {
            Doc d = SwitchCalls.handler().call(Requests.callWithPort("set_vlan",
                    Requests.snmp(sw.address(), "v2c", READ_COMMUNITY), SwitchCalls.port("10103", "vlan_id", "10")))
                    .error("connection");
            assertTrue(d.errorText().contains("write access"), d.errorText());
            assertEquals(Set.of(1), sw.qBridge().vlansOf(10103));
        }
    }

    @ParameterizedTest
    @MethodSource("net.dcihandlers.sim.SwitchModel#values")
    void statusOfAThousandPortSwitchTakesAtMostFortyRequests(SwitchModel model) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(model).ports(1000).start()) {
            sw.resetRequests();
            Map<String, Map<String, String>> ports = status(sw).ok().ports();
            assertEquals(1000, ports.size());
            assertEquals(sw.descr(1000), ports.get("1000").get("description"));
            assertTrue(sw.requests() <= 40, "status took " + sw.requests() + " requests");
        }
    }
}
