package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.Fault;
import net.dcihandlers.sim.SimulatedUps.Alarm;
import net.dcihandlers.sim.SimulatedUps.BatteryStatus;
import net.dcihandlers.sim.SimulatedUps.OutputSource;
import net.dcihandlers.sim.SimulatedUps;
import net.dcihandlers.ups.UpsParams;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-ups against the project's simulated UPS, whose state the test changes between two calls. */
class LiveSnmpUpsTest {

    private static Doc status(SimulatedUps ups) {
        return InProcess.of(Main.spec()).config(Patience.answering())
                .call(Requests.call("status", Requests.snmp(ups.address(), "v2c", "public")));
    }

    private static void assertParam(String value, Doc d, String name) {
        assertEquals(0, new BigDecimal(value).compareTo(UpsParams.numbers(d).get(name)), () -> name + " in\n" + d.text());
    }

    @Test
    void theStatusFollowsTheUpsThroughABlackout() {
        try (SimulatedUps ups = SimulatedUps.builder().start()) {
            ups.setInputVoltage(1, 231);
            ups.setOutputPower(1, 1234);
            ups.setMinutesRemaining(40);
            Doc mains = status(ups).ok();
            assertEquals("OK", UpsParams.status(mains));
            assertParam("231", mains, "input_voltage_line_A");
            assertParam("1.234", mains, "output_power_line_A");
            assertParam("40", mains, "battary_time_remains");

            ups.setOutputSource(OutputSource.BATTERY);
            ups.setInputVoltage(1, 0);
            ups.setMinutesRemaining(12);
            ups.setAlarms(Alarm.ON_BATTERY);
            Doc onBattery = status(ups).ok();
            assertEquals("Warning", UpsParams.status(onBattery));
            assertParam("0", onBattery, "input_voltage_line_A");
            assertParam("12", onBattery, "battary_time_remains");

            ups.setBatteryStatus(BatteryStatus.LOW);
            ups.setMinutesRemaining(2);
            ups.setAlarms(Alarm.ON_BATTERY, Alarm.LOW_BATTERY);
            assertEquals("Critical", UpsParams.status(status(ups).ok()));

            ups.setOutputSource(OutputSource.NORMAL);
            ups.setBatteryStatus(BatteryStatus.NORMAL);
            ups.setInputVoltage(1, 229);
            ups.setAlarms();
            Doc back = status(ups).ok();
            assertEquals("OK", UpsParams.status(back));
            assertParam("229", back, "input_voltage_line_A");
        }
    }

    @Test
    void everyOutputSourceAndBatteryStatusGetsTheStatusOfTheRule() {
        Map<OutputSource, String> sources = Map.of(OutputSource.NORMAL, "OK", OutputSource.BATTERY, "Warning",
                OutputSource.BYPASS, "Warning", OutputSource.BOOSTER, "Warning", OutputSource.REDUCER, "Warning",
                OutputSource.OTHER, "Warning", OutputSource.NONE, "Critical");
        Map<BatteryStatus, String> batteries = Map.of(BatteryStatus.NORMAL, "OK", BatteryStatus.UNKNOWN, "Warning",
                BatteryStatus.LOW, "Critical", BatteryStatus.DEPLETED, "Critical");
        try (SimulatedUps ups = SimulatedUps.builder().start()) {
            for (Map.Entry<OutputSource, String> s : sources.entrySet()) {
                ups.setOutputSource(s.getKey());
                assertEquals(s.getValue(), UpsParams.status(status(ups).ok()), s.getKey().toString());
            }
            ups.setOutputSource(OutputSource.NORMAL);
            for (Map.Entry<BatteryStatus, String> b : batteries.entrySet()) {
                ups.setBatteryStatus(b.getKey());
                assertEquals(b.getValue(), UpsParams.status(status(ups).ok()), b.getKey().toString());
            }
            ups.setBatteryStatus(BatteryStatus.NORMAL);
            ups.setAlarms(Alarm.FAN_FAILURE);
            assertEquals("Warning", UpsParams.status(status(ups).ok()), "an alarm on mains");
            ups.setOutputSource(OutputSource.NONE);
            assertEquals("Critical", UpsParams.status(status(ups).ok()), "no output outranks the alarm");
        }
    }

    @Test
    void aPhaseWithoutAValueLeavesTheCombinedValueOut() {
        try (SimulatedUps ups = SimulatedUps.builder().lines(3).start()) {
            ups.setInputVoltage(1, 232);
            ups.setInputVoltage(2, 219);
            ups.setInputVoltage(3, 230);
            ups.setOutputPercentLoad(2, 71);
            ups.setInputTruePower(2, null);
            Map<String, BigDecimal> p = UpsParams.numbers(status(ups).ok());
            assertEquals(0, new BigDecimal("219").compareTo(p.get("input_voltage_line_A")), p::toString);
            assertEquals(0, new BigDecimal("71").compareTo(p.get("output_load_line_A")), p::toString);
            assertEquals(0, new BigDecimal("2.7").compareTo(p.get("output_power_line_A")), "3 x 900 W: " + p);
            assertFalse(p.containsKey("input_power_line_A"), "phase 2 measures no input power: " + p);
            assertTrue(p.keySet().stream().noneMatch(k -> k.endsWith("_line_B")), p::toString);
        }
    }

    @Test
    void snmpV3WithShaAndAesReadsTheUpsAndAWrongPassphraseIsNamedNotShown() {
        try (SimulatedUps ups = SimulatedUps.builder().v3User("upsreader", "auth-Pass-42", "priv-Pass-42").start()) {
            InProcess handler = InProcess.of(Main.spec()).config(Patience.answering("snmp.v3.auth.protocol=SHA",
                    "snmp.v3.priv.protocol=AES128"));
            Doc ok = handler.call(Requests.call("status", Requests.snmpV3(ups.address(), "upsreader", "authpriv",
                    "auth-Pass-42", "priv-Pass-42"))).ok();
            assertEquals("OK", UpsParams.status(ok));
            Doc wrong = handler.call(Requests.call("status", Requests.snmpV3(ups.address(), "upsreader", "authpriv",
                    "not-the-Pass", "priv-Pass-42"))).error("connection");
            assertTrue(wrong.errorText().contains("auth"), wrong.errorText());
            assertFalse(wrong.text().contains("not-the-Pass"), wrong.text());
        }
    }

    @Test
    void aUpsThatStopsAnsweringIsAConnectionErrorWithinTheDeadline() {
        try (SimulatedUps ups = SimulatedUps.builder().start()) {
            ups.setFaults(Fault.silent());
            // eleven tries of 4 s would take 44 s without the deadline, beyond the bound
            long deadlineMs = 3000;
            long t0 = System.nanoTime();
            Doc d = InProcess.of(Main.spec()).config("deadline.ms=" + deadlineMs, "snmp.timeout.ms=4000", "snmp.retries=10")
                    .call(Requests.call("status", Requests.snmp(ups.address(), "v2c", "public"))).error("connection");
            long ms = Patience.millisSince(t0);
            assertTrue(d.errorText().contains(ups.address()), d.errorText());
            assertTrue(ms < Patience.bound(deadlineMs), "took " + ms + " ms; deadline.ms=" + deadlineMs);
        }
    }
}
