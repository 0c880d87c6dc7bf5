package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkGet;
import static net.dcihandlers.sim.NetSnmp.get;
import static net.dcihandlers.sim.NetSnmp.getExpectingSilence;
import static net.dcihandlers.sim.NetSnmp.set;
import static net.dcihandlers.sim.NetSnmp.walk;
import static net.dcihandlers.sim.SimulatedSwitchTest.assertRefused;
import static net.dcihandlers.sim.SimulatedSwitchTest.getOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fault as a client sees it, switched on and off while the switch runs. */
class FaultTest {
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";

    @Test
    void silentSwitchAnswersNothingUntilTheFaultIsCleared() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().faults(Fault.silent()).start()) {
            NetSnmp.Result unanswered = getExpectingSilence(sw, "public", SYS_NAME);
            assertNotEquals(0, unanswered.exitCode());
            assertTrue(unanswered.output().contains("Timeout"), unanswered::toString);
            assertEquals(1, sw.requests(), "the unanswered request still arrived");

            sw.clearFaults();
            assertEquals("STRING: \"sim-switch\"", getOne(sw, SYS_NAME));
        }
    }

    @Test
    void slowSwitchMissesAClientTimeoutShorterThanItsDelay() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().start()) {
            sw.setFaults(Fault.slow(Duration.ofMillis(1000)));
            NetSnmp.Result late = getExpectingSilence(sw, "public", SYS_NAME);
            assertTrue(late.output().contains("Timeout"), late::toString);
            // a patient client gets its answer, after the first request's delay and its own
            NetSnmp.Result patient = NetSnmp.v2c("snmpget", sw, "public", List.of("-t", "10"), SYS_NAME);
            assertEquals("STRING: \"sim-switch\"", patient.values().get(SYS_NAME), patient::toString);
        }
    }

    @Test
    void dropEverySecondRequestLosesExactlyThoseRequests() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().faults(Fault.dropEvery(2)).start()) {
            assertEquals(0, get(sw, "public", SYS_NAME).exitCode());
            assertTrue(getExpectingSilence(sw, "public", SYS_NAME).output().contains("Timeout"));
            assertEquals(0, get(sw, "public", SYS_NAME).exitCode());
            assertEquals(3, sw.requests());
        }
    }

    @Test
    void maxBindingsTruncatesGetBulkResponses() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).start()) {
            assertEquals(50, bulkGet(sw, 50, IfColumn.IF_DESCR.oid()).values().size(), "without the fault");
            sw.setFaults(Fault.maxBindings(10));
            NetSnmp.Result capped = bulkGet(sw, 50, IfColumn.IF_DESCR.oid());
            assertEquals(0, capped.exitCode(), capped::toString);
            assertEquals(10, capped.values().size());
            // a walk still completes, in more requests
            sw.resetRequests();
            assertEquals(48, NetSnmp.bulkWalk(sw, 50, IfColumn.IF_DESCR.oid()).values().size());
            assertEquals(5, sw.requests());
        }
    }

    @Test
    void tooBigRefusesResponsesAboveItsLimitAndAnswersSmallerOnes() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).faults(Fault.tooBig(20)).start()) {
            NetSnmp.Result refused = bulkGet(sw, 50, IfColumn.IF_DESCR.oid());
            assertTrue(refused.output().contains("tooBig"), refused::toString);
            assertEquals(0, refused.values().size());
            assertEquals(20, bulkGet(sw, 20, IfColumn.IF_DESCR.oid()).values().size());
        }
    }

    @Test
    void missingCellsLeaveHolesInOneColumnOnly() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4)
                .faults(Fault.missingCells(IfColumn.IF_OPER_STATUS, 2, 3)).start()) {
            String oper = IfColumn.IF_OPER_STATUS.oid();
            assertEquals(List.of(oper + ".1", oper + ".4"), List.copyOf(walk(sw, oper).values().keySet()));
            assertEquals("No Such Instance currently exists at this OID", getOne(sw, oper + ".2"));
            assertEquals(4, walk(sw, IfColumn.IF_ADMIN_STATUS.oid()).values().size());
        }
    }

    @Test
    void columnsEndAfterCutsTheNamedColumnsShort() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            sw.setFaults(Fault.columnsEndAfter(2, IfColumn.IF_HC_IN_OCTETS));
            assertEquals(2, walk(sw, IfColumn.IF_HC_IN_OCTETS.oid()).values().size());
            assertEquals(4, walk(sw, IfColumn.IF_HC_OUT_OCTETS.oid()).values().size());
            sw.setFaults(Fault.columnsEndAfter(1));
            assertEquals(1, walk(sw, IfColumn.IF_DESCR.oid()).values().size());
        }
    }

    @Test
    void wrongTypeServesAdminStatusAsAnOctetString() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).faults(Fault.wrongType(IfColumn.IF_ADMIN_STATUS)).start()) {
            assertEquals("STRING: \"1\"", getOne(sw, IfColumn.IF_ADMIN_STATUS.oid() + ".1"));
            assertEquals("INTEGER: 1", getOne(sw, IfColumn.IF_OPER_STATUS.oid() + ".1"));
        }
    }

    @ParameterizedTest
    @CsvSource({"6, noAccess", "17, notWritable", "10, wrongValue"})
    void refusedSetsGetTheChosenErrorAndChangeNothing(int errorStatus, String errorName) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).faults(Fault.refuseSets(errorStatus)).start()) {
            assertRefused(set(sw, "private", IfColumn.IF_ADMIN_STATUS.oid() + ".1", "i", "2"), errorName);
            assertEquals(1, sw.adminStatus(1));
            sw.clearFaults();
            assertEquals(0, set(sw, "private", IfColumn.IF_ADMIN_STATUS.oid() + ".1", "i", "2").exitCode());
            assertEquals(2, sw.adminStatus(1));
        }
    }

    private static final String TP_FDB_ENTRY = "1.3.6.1.2.1.17.4.3.1";
    private static final String TP_FDB_PORT = TP_FDB_ENTRY + ".2";

    private static SimulatedSwitch switchWithMacs(int macs) {
        SimulatedSwitch sw = SimulatedSwitch.builder().ports(8).start();
        for (int i = 0; i < macs; i++) {
            sw.fdb().learn(1, String.format("52:54:00:00:%02x:%02x", i / 256, i % 256), 1 + i % 8);
        }
        return sw;
    }

    /** net-snmp itself tells such an agent apart: snmpwalk stops, snmpwalk -Cc reads every row. */
    @Test
    void outOfOrderWalksEveryRowOnceWithOidsThatDoNotIncrease() {
        try (SimulatedSwitch sw = switchWithMacs(9)) {
            List<String> inOrder = List.copyOf(walk(sw, TP_FDB_PORT).values().keySet());
            assertEquals(9, inOrder.size());
            sw.setFaults(Fault.outOfOrder(TP_FDB_ENTRY));
            NetSnmp.Result strict = walk(sw, TP_FDB_PORT);
            assertTrue(strict.output().contains("OID not increasing"), strict::toString);
            NetSnmp.Result lenient = NetSnmp.v2c("snmpwalk", sw, "public", List.of("-Cc"), TP_FDB_PORT);
            List<String> order = List.copyOf(lenient.values().keySet());
            assertEquals(java.util.Set.copyOf(inOrder), java.util.Set.copyOf(order), lenient::toString);
            assertEquals(List.of(inOrder.get(1), inOrder.get(0), inOrder.get(3), inOrder.get(2)), order.subList(0, 4));
            NetSnmp.Result bulk = NetSnmp.v2c("snmpbulkwalk", sw, "public", List.of("-Cc", "-Cr4"), TP_FDB_PORT);
            assertEquals(9, bulk.values().size(), bulk::toString);
        }
    }

    @Test
    void inCirclesGoesBackToTheFirstRow() {
        try (SimulatedSwitch sw = switchWithMacs(6)) {
            List<String> rows = List.copyOf(walk(sw, TP_FDB_PORT).values().keySet());
            sw.setFaults(Fault.inCircles(TP_FDB_ENTRY, 3));
            NetSnmp.Result next = NetSnmp.v2c("snmpgetnext", sw, "public", List.of(), rows.get(2));
            assertEquals(List.of(rows.get(0)), List.copyOf(next.values().keySet()), next::toString);
            assertTrue(walk(sw, TP_FDB_PORT).output().contains("OID not increasing"));
        }
    }

    @Test
    void wrongTypeUnderServesAnyObjectAsAnOctetString() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).faults(Fault.wrongTypeUnder(IfColumn.IF_TYPE.oid()))
                .start()) {
            assertTrue(getOne(sw, IfColumn.IF_TYPE.oid() + ".1").startsWith("STRING: "));
            assertEquals("INTEGER: 1", getOne(sw, IfColumn.IF_ADMIN_STATUS.oid() + ".1"));
            assertTrue(walk(sw, IfColumn.IF_TYPE.oid()).values().values().stream().allMatch(v -> v.startsWith("STRING")));
        }
    }
}
