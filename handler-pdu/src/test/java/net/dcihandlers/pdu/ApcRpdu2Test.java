package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-pdu against simulated APC rPDU2 units (AP8xxx): state numbered off(1)/on(2), watts per
 * outlet on metered-by-outlet models, commands that take effect after the PDU's delay.
 */
class ApcRpdu2Test {

    @Test
    void statusReadsTheReversedStateNumberingRight() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).off(2, 3)
                .outletNames("node&1", "<node2>").start()) {
            Map<String, Map<String, String>> outlets = PduCalls.to(pdu).status("public").ok().ports();
            assertEquals("on", outlets.get("1").get("admin_status"));
            assertEquals("off", outlets.get("2").get("admin_status"));
            assertEquals("off", outlets.get("3").get("admin_status"));
            assertEquals("on", outlets.get("4").get("admin_status"));
            assertEquals("node&1", outlets.get("1").get("description"));
            assertEquals("<node2>", outlets.get("2").get("description"));
        }
    }

    @Test
    void statusOfTwentyFourOutletsTakesTwoRequestsNotOnePerRow() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(24).start()) {
            assertEquals(24, PduCalls.to(pdu).status("public").ok().ports().size());
            // one GETNEXT finds the family, one GETBULK reads names and states of all 24 outlets
            assertEquals(2, pdu.requests());
        }
    }

    @Test
    void statisticsGivesEachOutletsWattsAsThePduMeasuresThem() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(6).off(4)
                .loadWatts(1, 412).loadWatts(2, 0).loadWatts(6, 1875).start()) {
            Map<String, Map<String, String>> outlets = PduCalls.to(pdu).statistics("public").ok().ports();
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), List.copyOf(outlets.keySet()));
            for (int n = 1; n <= 6; n++) {
                assertEquals(Integer.toString(pdu.watts(n)), outlets.get(Integer.toString(n)).get("power"), "outlet " + n);
            }
            assertEquals("412", outlets.get("1").get("power"));
            assertEquals("0", outlets.get("4").get("power"), "an outlet that is off draws nothing");
            assertEquals("1875", outlets.get("6").get("power"));
        }
    }

    /**
     * An AP7902B (rPDU2 firmware, switched, metered per unit and phase only): the panel polls
     * statistics every five minutes, so its outlets are answered, without power, and the trace says
     * why; no error each time.
     */
    @Test
    void statisticsOfASwitchedOnlyRpdu2AnswersItsOutletsWithoutPower() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).meteredByOutlet(false).outlets(16)
                .start()) {
            PduCalls.assertOutletsWithoutPower(PduCalls.to(pdu).traced("statistics", "public"), 16,
                    "rPDU2OutletMeteredStatusTable");
        }
    }

    @Test
    void aDelayedCommandIsWaitedForAndTheAnswerIsTheStateAfterIt() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).off(3)
                .commandDelay(Duration.ofMillis(1500)).start()) {
            PduCalls dci = PduCalls.to(pdu);
            Map<String, String> on = dci.port("port_on", "private", "3").ok().port();
            assertEquals("on", on.get("admin_status"));
            assertTrue(pdu.isOn(3), "the answer came only once the outlet was on");
            assertFalse(pdu.isPending(3));
            assertEquals("off", dci.port("port_off", "private", "1").ok().port().get("admin_status"));
            assertFalse(pdu.isOn(1));
        }
    }

    @Test
    void aDelayedResetAnswersOnceTheOutletHasGoneOffAndComeBackOn() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(2)
                .commandDelay(Duration.ofMillis(700)).rebootDuration(Duration.ofMillis(1000)).start()) {
            Map<String, String> p = PduCalls.to(pdu).port("port_reset", "private", "2").ok().port();
            assertEquals("on", p.get("admin_status"));
            assertEquals(List.of("off", "on"), pdu.switchings(2));
            assertEquals(List.of("rPDU2OutletSwitchedControlCommand.2=3"), pdu.commands());
        }
    }

    @Test
    void aCommandThatNeverTakesEffectEndsInAnErrorWithinTheDeadline() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).start()) {
            pdu.jam(2, true);
            // the deadline, not pdu.power.timeout.ms (60 s, beyond the bound), ends the wait
            long deadlineMs = 10_000;
            long start = System.nanoTime();
            Doc d = PduCalls.to(pdu, "deadline.ms=" + deadlineMs, "pdu.power.timeout.ms=60000")
                    .port("port_off", "private", "2").error("unexpected_data");
            long ms = Patience.millisSince(start);
            assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms; deadline.ms=" + deadlineMs);
            assertTrue(d.errorText().contains("not confirmed") && d.errorText().contains("last read: on"), d.errorText());
            assertTrue(pdu.isOn(2));
            assertEquals(List.of("rPDU2OutletSwitchedControlCommand.2=2"), pdu.commands());
        }
    }

    @Test
    void pduPowerTimeoutBoundsTheWaitBeforeTheDeadlineDoes() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4)
                .commandDelay(Duration.ofSeconds(120)).start()) {
            // the command would take effect after 120 s, beyond the bound, within the deadline
            long start = System.nanoTime();
            Doc d = PduCalls.to(pdu, "pdu.power.timeout.ms=1000").port("port_off", "private", "1")
                    .error("unexpected_data");
            long ms = Patience.millisSince(start);
            assertTrue(ms < Patience.bound(1000), "gave up after pdu.power.timeout.ms=1000: " + ms + " ms");
            assertTrue(d.errorText().contains("command still pending"), d.errorText());
            assertTrue(pdu.isOn(1));
        }
    }

    @Test
    void theReadOnlyCommunityIsRefusedAndNothingChanges() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).start()) {
            Doc d = PduCalls.to(pdu).port("port_off", "public", "1").error("connection");
            assertTrue(d.errorText().contains("no write access"), d.errorText());
            assertTrue(pdu.isOn(1));
            assertEquals(List.of(), pdu.commands());
        }
    }

    @Test
    void aBadPowerTimeoutSettingIsNamedBeforeAnythingIsSent() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).start()) {
            Doc d = PduCalls.to(pdu, "pdu.power.timeout.ms=soon").port("port_off", "private", "1").error("unexpected_data");
            assertTrue(d.errorText().contains("pdu.power.timeout.ms"), d.errorText());
            assertEquals(List.of(), pdu.commands());
        }
    }
}
