package net.dcihandlers.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import net.dcihandlers.sim.PduModel.Action;
import net.dcihandlers.sim.PduModel.Cell;
import net.dcihandlers.sim.PduModel.Column;
import net.dcihandlers.sim.PduModel.Scalar;
import net.dcihandlers.sim.PduModel.SmiType;
import net.dcihandlers.sim.PduModel.Table;
import net.dcihandlers.sim.PduModel.Unit;

/** The simulated PDUs seen through net-snmp's own tools, as an independent client. */
class SimulatedPduTest {
    private static final String RPDU2_STATE = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.5";
    private static final String RPDU2_PENDING = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.6";
    private static final String RPDU2_NAME = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.3";
    private static final String RPDU2_COMMAND = "1.3.6.1.4.1.318.1.1.26.9.2.4.1.5";
    private static final String RPDU2_POWER = "1.3.6.1.4.1.318.1.1.26.9.4.3.1.7";
    private static final String BLADE_EXISTS = "1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.3";
    private static final String POWER_ON_OFF_BLADE = "1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.7";

    /**
     * A family no simulator knew before, declared here: its own enterprise, names, state numbers,
     * command values and power units, served and switched by the same interpreter as APC's.
     */
    private static final PduModel ACME = PduModel.of("Acme Switched PDU", "1.3.6.1.4.1.99998.2.7", "acme-pdu", "ACME-4S")
            .outlets(4, "Socket %d")
            .scalars(
                    new Scalar("acmeModel", "1.3.6.1.4.1.99998.1.1.0", Cell.MODEL_NUMBER),
                    new Scalar("acmeTotalLoad", "1.3.6.1.4.1.99998.1.2.0", SmiType.GAUGE32,
                            new Cell.Power(Unit.TENTHS_OF_AMPS)))
            .tables(new Table("1.3.6.1.4.1.99998.3.1.1",
                    new Column("acmeOutletName", 2, Cell.NAME),
                    new Column("acmeOutletState", 3, new Cell.State(10, 20)),
                    new Column("acmeOutletWatts", 4, new Cell.Power(Unit.WATTS)),
                    new Column("acmeOutletCommand", 5, new Cell.Constant(0),
                            Map.of(31, Action.ON, 32, Action.OFF, 33, Action.REBOOT))));
    private static final String ACME_OUTLET = "1.3.6.1.4.1.99998.3.1.1.";

    private static NetSnmp.Result snmp(String tool, SimulatedPdu pdu, String community, String... operands) {
        List<String> args = new ArrayList<>(List.of("-v2c", "-c", community, "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0", pdu.address()));
        args.addAll(List.of(operands));
        return NetSnmp.run(tool, args);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        // a cap only a broken simulator reaches, on a loaded machine too
        long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 180 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void rpdu2ServesNamesStatesWithOffAsOneAndOnAsTwoAndPerOutletWatts() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(3)
                .outletNames("db&web", "<spare>").off(2).loadWatts(1, 250).start()) {
            assertEquals(List.of("db&web", "<spare>", "Outlet 3"), snmp("snmpwalk", pdu, "public", RPDU2_NAME).texts());
            assertEquals(List.of("2", "1", "2"), snmp("snmpwalk", pdu, "public", RPDU2_STATE).texts());
            // a GET, not a walk: the power column ends the simulated MIB, and snmpwalk's end-of-view
            // line repeats the last OID
            assertEquals(List.of("250", "0", "130"), snmp("snmpget", pdu, "public", RPDU2_POWER + ".1",
                    RPDU2_POWER + ".2", RPDU2_POWER + ".3").texts());
        }
    }

    @Test
    void aSetWithTheWriteCommunitySwitchesTheOutletAndIsLogged() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).start()) {
            NetSnmp.Result r = snmp("snmpset", pdu, "private", RPDU2_COMMAND + ".3", "i", "2");
            assertEquals(0, r.exitCode(), r.toString());
            assertFalse(pdu.isOn(3));
            assertEquals("1", snmp("snmpget", pdu, "public", RPDU2_STATE + ".3").texts().get(0));
            assertEquals(List.of("rPDU2OutletSwitchedControlCommand.3=2"), pdu.commands());
            assertEquals(List.of("off"), pdu.switchings(3));
        }
    }

    @Test
    void aSetWithTheReadOnlyCommunityIsRefusedWithNoAccessAndChangesNothing() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).start()) {
            NetSnmp.Result r = snmp("snmpset", pdu, "public", RPDU2_COMMAND + ".3", "i", "2");
            assertNotEquals(0, r.exitCode());
            assertTrue(r.output().contains("noAccess"), r.toString());
            assertTrue(pdu.isOn(3));
            assertEquals(List.of(), pdu.commands());
        }
    }

    @Test
    void anUnknownCommunityGetsNoAnswer() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).start()) {
            NetSnmp.Result r = NetSnmp.run("snmpget", List.of("-v2c", "-c", "guess", "-On", "-t", "0.5", "-r", "0",
                    pdu.address(), "1.3.6.1.2.1.1.5.0"));
            assertNotEquals(0, r.exitCode());
            assertTrue(r.output().contains("Timeout"), r.toString());
        }
    }

    @Test
    void aCommandTakesEffectAfterTheCommandDelayAndIsPendingUntilThen() throws InterruptedException {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(2)
                .commandDelay(Duration.ofSeconds(15)).start()) {
            // a delay far beyond what starting snmpset and snmpget takes on a loaded machine, so that
            // the command is still pending when they have run
            assertEquals(0, snmp("snmpset", pdu, "private", RPDU2_COMMAND + ".1", "i", "2").exitCode());
            assertTrue(pdu.isOn(1), "a 15 s delay has not passed yet");
            assertEquals("1", snmp("snmpget", pdu, "public", RPDU2_PENDING + ".1").texts().get(0), "commandPending");
            await("outlet 1 off", () -> !pdu.isOn(1));
            assertEquals("2", snmp("snmpget", pdu, "public", RPDU2_PENDING + ".1").texts().get(0), "noCommandPending");
        }
    }

    @Test
    void aRebootTurnsTheOutletOffThenOnAfterTheRebootDurationAndIsToldAsItArrives() throws InterruptedException {
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).outlets(2)
                .rebootDuration(Duration.ofMillis(300)).onCommand(told::add).start()) {
            assertEquals(0, snmp("snmpset", pdu, "private", "1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.2", "i", "3").exitCode());
            assertEquals(List.of("rPDUOutletControlOutletCommand.2=3 (reboot outlet 2)"), told);
            await("outlet 2 rebooted", () -> pdu.switchings(2).size() == 2);
            assertEquals(List.of("off", "on"), pdu.switchings(2));
            assertTrue(pdu.isOn(2));
        }
    }

    @Test
    void aJammedOutletAcceptsCommandsAndNeverCarriesThemOut() throws InterruptedException {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.SPDU).outlets(2).start()) {
            pdu.jam(2, true);
            assertEquals(0, snmp("snmpset", pdu, "private", "1.3.6.1.4.1.318.1.1.4.4.2.1.3.2", "i", "2").exitCode());
            Thread.sleep(100);
            assertTrue(pdu.isOn(2));
            assertEquals(List.of("sPDUOutletCtl.2=2"), pdu.commands());
        }
    }

    @Test
    void anEmptyBladeSlotExistsAsARowAndRefusesPowerCommands() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.BLADECENTER).emptySlots(2).start()) {
            assertEquals(List.of("1", "0", "1", "1", "1", "1"), snmp("snmpwalk", pdu, "public", BLADE_EXISTS).texts());
            NetSnmp.Result r = snmp("snmpset", pdu, "private", POWER_ON_OFF_BLADE + ".2", "i", "1");
            assertNotEquals(0, r.exitCode());
            assertTrue(r.output().contains("inconsistentValue"), r.toString());
            assertFalse(pdu.isOn(2));
            NetSnmp.Result wrong = snmp("snmpset", pdu, "private", POWER_ON_OFF_BLADE + ".1", "i", "7");
            assertTrue(wrong.output().contains("wrongValue"), wrong.toString());
            assertTrue(pdu.isOn(1));
            assertEquals(List.of(), pdu.commands());
        }
    }

    @Test
    void theStandaloneMainStartsAPduOfTheGivenKind() {
        try (SimulatedPdu pdu = Main.startPdu(List.of("pdu", "--kind", "bladecenter", "--port", "0"))) {
            assertEquals(PduModels.BLADECENTER, pdu.model());
            assertEquals(List.of(1, 2, 3, 4, 5, 6), pdu.outletNumbers());
            assertFalse(pdu.isPresent(5), "the demo chassis has an empty slot 5");
        }
        try (SimulatedPdu pdu = Main.startPdu(List.of("pdu", "--kind", "rpdu", "--port", "0", "--outlets", "3",
                "--names", "a,b", "--off", "2"))) {
            assertEquals("b", pdu.name(2));
            assertFalse(pdu.isOn(2));
        }
        assertThrows(IllegalArgumentException.class, () -> Main.startPdu(List.of("pdu", "--kind", "toaster")));
        assertThrows(IllegalArgumentException.class, () -> Main.startPdu(List.of("pdu", "--bogus")));
    }

    @Test
    void aFamilyDeclaredAsAModelIsServedWithItsOwnIdentityNamesStatesAndUnits() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(ACME).outletNames("db").off(2)
                .loadWatts(1, 230).loadWatts(3, 460).loadWatts(4, 115).start()) {
            assertEquals(List.of(".1.3.6.1.4.1.99998.2.7", "acme-pdu", "dci-handlers simulated ACME-4S"),
                    snmp("snmpget", pdu, "public", "1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.1.0")
                            .texts());
            assertEquals(List.of("db", "Socket 2", "Socket 3", "Socket 4"),
                    snmp("snmpwalk", pdu, "public", ACME_OUTLET + "2").texts());
            assertEquals(List.of("10", "20", "10", "10"), snmp("snmpwalk", pdu, "public", ACME_OUTLET + "3").texts());
            assertEquals(List.of("230", "0", "460", "115"), snmp("snmpwalk", pdu, "public", ACME_OUTLET + "4").texts());
            // 805 W on 230 V: 3.5 A, in tenths
            assertEquals(List.of("STRING: \"ACME-4S\"", "Gauge32: 35"), List.copyOf(snmp("snmpget", pdu, "public",
                    "1.3.6.1.4.1.99998.1.1.0", "1.3.6.1.4.1.99998.1.2.0").values().values()));
        }
    }

    @Test
    void aFamilyDeclaredAsAModelIsSwitchedByItsOwnCommandValues() throws InterruptedException {
        try (SimulatedPdu pdu = SimulatedPdu.builder(ACME).rebootDuration(Duration.ofMillis(300)).start()) {
            assertEquals(0, snmp("snmpset", pdu, "private", ACME_OUTLET + "5.3", "i", "32").exitCode());
            assertFalse(pdu.isOn(3));
            assertEquals("20", snmp("snmpget", pdu, "public", ACME_OUTLET + "3.3").texts().get(0));
            assertEquals(0, snmp("snmpset", pdu, "private", ACME_OUTLET + "5.1", "i", "33").exitCode());
            await("outlet 1 rebooted", () -> pdu.switchings(1).size() == 2);
            assertEquals(List.of("off", "on"), pdu.switchings(1));
            // APC's "off" is no command of Acme's, and a name is not written
            NetSnmp.Result wrong = snmp("snmpset", pdu, "private", ACME_OUTLET + "5.2", "i", "2");
            assertTrue(wrong.output().contains("wrongValue"), wrong.toString());
            NetSnmp.Result name = snmp("snmpset", pdu, "private", ACME_OUTLET + "2.2", "s", "x");
            assertTrue(name.output().contains("notWritable"), name.toString());
            assertTrue(pdu.isOn(2));
            assertEquals(List.of("acmeOutletCommand.3=32", "acmeOutletCommand.1=33"), pdu.commands());
        }
    }

    @Test
    void aModelIsCheckedWhereItIsDeclaredAndBuilt() {
        assertThrows(IllegalArgumentException.class, () -> ACME.tables(new Table("1.3.6.1.4.1.318.1.1.1",
                new Column("elsewhere", 1, Cell.INDEX))));
        assertThrows(IllegalArgumentException.class, () -> new Column("nameAsNumber", 2, SmiType.INTEGER, Cell.NAME,
                Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Scalar("stateOfWhichOutlet", "1.3.6.1.4.1.99998.1.3.0",
                new Cell.State(1, 2)));
        assertThrows(IllegalStateException.class, () -> SimulatedPdu.builder(ACME).emptySlots(2).start());
        assertThrows(IllegalStateException.class, () -> SimulatedPdu.builder(ACME).meteredByOutlet(false).start());
    }
}
