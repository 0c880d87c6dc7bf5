package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-pdu against a simulated IBM BladeCenter: four blades, an empty slot 3, blade 4 off. */
class BladeCenterTest {
    private SimulatedPdu chassis;
    private PduCalls dci;

    @BeforeEach
    void start() {
        chassis = SimulatedPdu.builder(SimulatedPdu.Kind.BLADECENTER).outlets(5).sysName("bc-rack7")
                .outletNames("web&db", "<mail>", "unused", "build", "backup").emptySlots(3).off(4).start();
        dci = PduCalls.to(chassis);
    }

    @AfterEach
    void stop() {
        chassis.close();
    }

    @Test
    void statusListsEverySlotByNumberWithItsBladeNameAndPowerState() {
        Doc d = dci.status("public").ok();
        assertEquals("bc-rack7", d.hostname());
        Map<String, Map<String, String>> slots = d.ports();
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(slots.keySet()));
        assertEquals("web&db", slots.get("1").get("description"));
        assertEquals("<mail>", slots.get("2").get("description"));
        assertEquals("on", slots.get("1").get("admin_status"));
        assertEquals("off", slots.get("4").get("admin_status"));
        assertEquals("on", slots.get("5").get("admin_status"));
    }

    @Test
    void anEmptySlotIsReportedAsEmptyWithUnknownPowerNeverOn() {
        Map<String, String> slot = dci.status("public").ok().ports().get("3");
        assertEquals("empty slot", slot.get("description"));
        assertEquals("unknown", slot.get("admin_status"));
    }

    @Test
    void portOffPowersTheBladeDownAndAnswersTheStateReadBack() {
        Map<String, String> p = dci.port("port_off", "private", "1").ok().port();
        assertFalse(chassis.isOn(1));
        assertEquals("1", p.get("identity"));
        assertEquals("web&db", p.get("description"));
        assertEquals("off", p.get("admin_status"));
        assertEquals(List.of("powerOnOffBlade.1=0"), chassis.commands());
    }

    @Test
    void portOnPowersTheBladeUp() {
        assertEquals("on", dci.port("port_on", "private", "4").ok().port().get("admin_status"));
        assertTrue(chassis.isOn(4));
        assertEquals(List.of("powerOnOffBlade.4=1"), chassis.commands());
    }

    @Test
    void portResetRestartsARunningBladeAndAnswersOnceItIsOnAgain() {
        assertEquals("on", dci.port("port_reset", "private", "2").ok().port().get("admin_status"));
        assertEquals(List.of("restartBlade.2=1"), chassis.commands());
        assertEquals(List.of("off", "on"), chassis.switchings(2), "the blade went through a power cycle");
        assertTrue(chassis.isOn(2));
    }

    @Test
    void portResetOfABladeThatIsOffPowersItOn() {
        assertEquals("on", dci.port("port_reset", "private", "4").ok().port().get("admin_status"));
        assertEquals(List.of("powerOnOffBlade.4=1"), chassis.commands());
    }

    @Test
    void switchingAnEmptySlotIsAnErrorAndSendsNothing() {
        Doc d = dci.port("port_on", "private", "3").error("unexpected_data");
        assertTrue(d.errorText().contains("slot 3") && d.errorText().contains("empty"), d.errorText());
        assertEquals(List.of(), chassis.commands());
        assertFalse(chassis.isOn(3));
    }

    @Test
    void theReadOnlyCommunityIsRefusedAndNothingChanges() {
        Doc d = dci.port("port_off", "public", "1").error("connection");
        assertTrue(d.errorText().contains("no write access"), d.errorText());
        assertTrue(chassis.isOn(1));
        assertEquals(List.of(), chassis.commands());
    }

    @Test
    void aSlotTheChassisDoesNotHaveIsAnError() {
        Doc d = dci.port("port_off", "private", "9").error("unexpected_data");
        assertTrue(d.errorText().contains("no outlet 9"), d.errorText());
        dci.port("port_off", "private", "1; reboot").error("unexpected_data");
        assertEquals(List.of(), chassis.commands());
    }

    @Test
    void statisticsAnswersEverySlotWithoutPowerAndTheTraceSaysTheChassisDoesNotMeterBlades() {
        PduCalls.assertOutletsWithoutPower(dci.traced("statistics", "public"), chassis.outletNumbers().size(),
                "no measured power per blade");
    }

    @Test
    void snmpV1WorksAsWell() {
        assertEquals("off", dci.port("port_off", "v1", "private", "5").ok().port().get("admin_status"));
        assertFalse(chassis.isOn(5));
    }
}
