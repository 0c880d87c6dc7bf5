package net.dcihandlers.core.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CallState;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk reads a table whole or fails, and values are checked against their declared syntax. */
class SnmpClientTest {
    /** Test objects under an enterprise number nobody uses. */
    static final OID STATE = SnmpObjects.required("testState", "1.3.6.1.4.1.99999.77.1.1", SnmpObjects.Syntax.INTEGER);
    static final OID SPEED = SnmpObjects.optional("testSpeed", "1.3.6.1.4.1.99999.77.1.2", SnmpObjects.Syntax.GAUGE32);
    static final OID OCTETS = SnmpObjects.required("testOctets", "1.3.6.1.4.1.99999.77.1.3", SnmpObjects.Syntax.COUNTER64);
    static final OID NAME = SnmpObjects.required("testName", "1.3.6.1.4.1.99999.77.2.0", SnmpObjects.Syntax.OCTET_STRING);
    static final int ROWS = 40;

    private final ScriptedAgent agent = new ScriptedAgent();
    private final ByteArrayOutputStream traced = new ByteArrayOutputStream();
    private final CallState state = new CallState();

    @AfterEach
    void stop() {
        agent.close();
    }

    /** A table of ROWS rows (SNMP v1 has no Counter64: testOctets is for v2c only). */
    private void table() {
        for (int row = 1; row <= ROWS; row++) {
            agent.put(STATE + "." + row, new Integer32(row % 2 + 1));
            agent.put(SPEED + "." + row, new org.snmp4j.smi.Gauge32(1000));
            agent.put(OCTETS + "." + row, new Counter64(row * 1000L));
        }
        agent.put(NAME.toString(), new OctetString("sw"));
        agent.put("1.3.6.1.4.1.99999.78.1", new Integer32(0)); // what follows the table
    }

    private SnmpClient client(String version) throws HandlerException {
        DeviceParams d = new DeviceParams().ip(agent.address()).snmpVersion(version).snmpCommunity("public");
        Config c = Config.of(Map.of("snmp.timeout.ms", Long.toString(Patience.SNMP_TIMEOUT_MS), "snmp.retries", "0",
                "snmp.max.repetitions", "7"));
        Call call = new Call(Function.STATUS, new Request("status", d, null), c,
                Trace.to(new PrintStream(traced, true, StandardCharsets.UTF_8)), Deadline.in(60_000), state);
        return SnmpClient.open(call);
    }

    private String trace() {
        return traced.toString(StandardCharsets.UTF_8);
    }

    /** Neighbouring rows swapped in every column: 2, 1, 4, 3, ... as some switches walk their tables. */
    private OID swappedPairs(OID from) {
        NavigableMap<OID, Variable> all = agent.values();
        for (OID column : List.of(STATE, SPEED, OCTETS)) {
            List<OID> rows = new ArrayList<>(all.subMap(column, false, column.nextPeer(), false).keySet());
            List<OID> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 2) {
                if (i + 1 < rows.size()) {
                    order.add(rows.get(i + 1));
                }
                order.add(rows.get(i));
            }
            if (from.equals(column)) {
                return order.get(0);
            }
            int at = order.indexOf(from);
            if (at >= 0) {
                return at + 1 < order.size() ? order.get(at + 1) : all.higherKey(rows.get(rows.size() - 1));
            }
        }
        return all.higherKey(from);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SNMP v1", "SNMP v2c"})
    void aTableWalkedOutOfOrderIsReadWhole(String version) throws Exception {
        table();
        agent.next(this::swappedPairs);
        try (SnmpClient c = client(version)) {
            SnmpTable t = c.walk(List.of(STATE, SPEED));
            assertEquals(ROWS, t.size(STATE), trace());
            assertEquals(ROWS, t.size(SPEED), trace());
            for (int row = 1; row <= ROWS; row++) {
                assertEquals(new Integer32(row % 2 + 1), t.get(STATE, new OID(new int[] {row})));
            }
        }
        assertTrue(trace().contains("out of order") && trace().contains("snmpwalk -Cc"), trace());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SNMP v1", "SNMP v2c"})
    void anAgentThatWalksInCirclesIsAnErrorNotAShortTable(String version) throws Exception {
        table();
        OID fifth = new OID(STATE).append(5);
        agent.next(oid -> oid.equals(fifth) ? new OID(STATE).append(2) : agent.inOrder(oid));
        try (SnmpClient c = client(version)) {
            HandlerException e = assertThrows(HandlerException.class, () -> c.walk(List.of(STATE)));
            assertEquals(ErrorType.UNEXPECTED_DATA, e.type());
            assertTrue(e.getMessage().contains(STATE + ".2 a second time") && e.getMessage().contains("testState")
                    && e.getMessage().contains("in circles"), e.getMessage());
        }
    }

    @Test
    void anAgentThatAnswersWithTheOidAskedForIsAnError() throws Exception {
        table();
        OID third = new OID(STATE).append(3);
        agent.next(oid -> oid.equals(third) ? third : agent.inOrder(oid));
        try (SnmpClient c = client("SNMP v2c")) {
            HandlerException e = assertThrows(HandlerException.class, () -> c.walk(List.of(STATE, SPEED)));
            assertTrue(e.getMessage().contains(third + " a second time"), e.getMessage());
        }
    }

    @Test
    void aRequiredValueOfTheWrongTypeIsAnErrorNamingTheObjectItsOidAndTheType() throws Exception {
        table();
        agent.put(STATE + ".7", new OctetString("1"));
        try (SnmpClient c = client("SNMP v2c")) {
            HandlerException e = assertThrows(HandlerException.class, () -> c.walk(List.of(STATE, SPEED)));
            assertEquals(ErrorType.UNEXPECTED_DATA, e.type());
            assertTrue(e.getMessage().contains("testState.7 (" + STATE + ".7) with an OCTET STRING")
                    && e.getMessage().contains("testState is an INTEGER"), e.getMessage());
            HandlerException get = assertThrows(HandlerException.class, () -> c.get(new OID(STATE).append(7)));
            assertTrue(get.getMessage().contains("testState.7"), get.getMessage());
        }
    }

    @Test
    void anOptionalValueOfTheWrongTypeIsLeftOutAndTraced() throws Exception {
        table();
        agent.put(SPEED + ".3", new OctetString("1000"));
        try (SnmpClient c = client("SNMP v2c")) {
            SnmpTable t = c.walk(List.of(STATE, SPEED));
            assertEquals(ROWS, t.size(STATE));
            assertEquals(ROWS - 1, t.size(SPEED));
            assertNull(t.get(SPEED, new OID(new int[] {3})));
        }
        assertTrue(trace().contains("testSpeed.3 (" + SPEED + ".3) came as an OCTET STRING, not a Gauge32"), trace());
    }

    @Test
    void aScalarOfTheWrongTypeReadWithATableIsAnError() throws Exception {
        table();
        agent.put(NAME.toString(), new Integer32(5));
        try (SnmpClient c = client("SNMP v2c")) {
            HandlerException e = assertThrows(HandlerException.class, () -> c.walk(List.of(NAME), List.of(STATE)));
            assertTrue(e.getMessage().contains("testName (" + NAME + ") with an Integer32"), e.getMessage());
        }
    }

    @Test
    void countersMayComeAsAnyUnsignedTypeAndNumbersAsAnyIntegerType() throws Exception {
        table();
        agent.put(OCTETS + ".4", new org.snmp4j.smi.Counter32(5));
        agent.put(STATE + ".4", new org.snmp4j.smi.Gauge32(1));
        try (SnmpClient c = client("SNMP v2c")) {
            SnmpTable t = c.walk(List.of(STATE, OCTETS));
            assertEquals(ROWS, t.size(OCTETS));
            assertEquals(ROWS, t.size(STATE));
        }
    }

    @Test
    void aSetSentWithoutAnAnswerSaysItWasSentAndNotConfirmed() throws Exception {
        table();
        agent.swallowSets();
        try (SnmpClient c = client("SNMP v2c")) {
            HandlerException e = assertThrows(HandlerException.class, () -> c.set(new OID(STATE).append(1), new Integer32(2)));
            assertEquals(ErrorType.CONNECTION, e.type());
            assertTrue(e.getMessage().contains("a SET of " + STATE + ".1) was sent to the device at " + agent.address()
                    + " but not confirmed"), e.getMessage());
            assertTrue(state.unconfirmed().contains("the device did not confirm it"), state.unconfirmed());
            assertEquals(1, agent.sets());
        }
    }

    @Test
    void aSetConfirmedSettlesTheCallsState() throws Exception {
        table();
        try (SnmpClient c = client("SNMP v2c")) {
            c.set(new OID(STATE).append(1), new Integer32(2));
            assertNull(state.unconfirmed());
        }
    }

    @Test
    void anObjectDeclaredTwiceDifferentlyIsAProgrammingError() {
        SnmpObjects.required("testTwice", "1.3.6.1.4.1.99999.77.9", SnmpObjects.Syntax.INTEGER);
        SnmpObjects.required("testTwice", "1.3.6.1.4.1.99999.77.9", SnmpObjects.Syntax.INTEGER);
        assertThrows(IllegalStateException.class,
                () -> SnmpObjects.optional("testTwice", "1.3.6.1.4.1.99999.77.9", SnmpObjects.Syntax.INTEGER));
    }
}
