package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The simulated UPS as net-snmp's tools, an independent client, see it. */
class SimulatedUpsTest {
    // RFC 1628 UPS-MIB
    private static final String UPS_OBJECTS = "1.3.6.1.2.1.33.1";
    private static final String BATTERY_STATUS = UPS_OBJECTS + ".2.1.0";
    private static final String SECONDS_ON_BATTERY = UPS_OBJECTS + ".2.2.0";
    private static final String MINUTES_REMAINING = UPS_OBJECTS + ".2.3.0";
    private static final String INPUT_NUM_LINES = UPS_OBJECTS + ".3.2.0";
    private static final String INPUT_VOLTAGE = UPS_OBJECTS + ".3.3.1.3";
    private static final String INPUT_TRUE_POWER = UPS_OBJECTS + ".3.3.1.5";
    private static final String OUTPUT_SOURCE = UPS_OBJECTS + ".4.1.0";
    private static final String OUTPUT_PERCENT_LOAD = UPS_OBJECTS + ".4.4.1.5";
    private static final String ALARMS_PRESENT = UPS_OBJECTS + ".6.1.0";
    private static final String ALARM_DESCR = UPS_OBJECTS + ".6.2.1.2";
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";

    private static NetSnmp.Result v2c(String tool, SimulatedUps ups, String community, String... operands) {
        List<String> args = new ArrayList<>(List.of("-v2c", "-c", community, "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0",
                ups.address()));
        args.addAll(List.of(operands));
        return NetSnmp.run(tool, args);
    }

    private static Map<String, String> walk(SimulatedUps ups) {
        NetSnmp.Result r = v2c("snmpbulkwalk", ups, "public", UPS_OBJECTS);
        assertEquals(0, r.exitCode(), r::toString);
        return texts(r);
    }

    /**
     * OID -> value text. When the agent's tree ends at the walk's last object, net-snmp prints that
     * OID a second time with "No more variables left", which must not hide its value.
     */
    private static Map<String, String> texts(NetSnmp.Result r) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String line : r.stdout().split("\n")) {
            int eq = line.indexOf(" = ");
            if (eq > 0 && !line.contains("No more variables")) {
                values.putIfAbsent(line.substring(0, eq).replaceFirst("^\\.", ""), text(line.substring(eq + 3)));
            }
        }
        return values;
    }

    @Test
    void servesItsReadingsAndEveryChangeShowsWithTheNextRequest() {
        try (SimulatedUps ups = SimulatedUps.builder().sysName("demo-ups").start()) {
            Map<String, String> before = walk(ups);
            assertEquals("3", before.get(OUTPUT_SOURCE), "normal");
            assertEquals("2", before.get(BATTERY_STATUS), "batteryNormal");
            assertEquals("45", before.get(MINUTES_REMAINING));
            assertEquals("230", before.get(INPUT_VOLTAGE + ".1"));
            assertEquals("0", before.get(ALARMS_PRESENT));
            assertFalse(before.containsKey(ALARM_DESCR + ".1"));

            ups.setOutputSource(SimulatedUps.OutputSource.BATTERY);
            ups.setBatteryStatus(SimulatedUps.BatteryStatus.LOW);
            ups.setMinutesRemaining(3);
            ups.setInputVoltage(1, 0);
            ups.setAlarms(SimulatedUps.Alarm.ON_BATTERY, SimulatedUps.Alarm.LOW_BATTERY);
            Map<String, String> after = walk(ups);
            assertEquals("5", after.get(OUTPUT_SOURCE), "battery");
            assertEquals("3", after.get(BATTERY_STATUS), "batteryLow");
            assertEquals("3", after.get(MINUTES_REMAINING));
            assertEquals("0", after.get(INPUT_VOLTAGE + ".1"));
            assertEquals("2", after.get(ALARMS_PRESENT));
            assertEquals(UPS_OBJECTS + ".6.3.2", after.get(ALARM_DESCR + ".1").replaceFirst("^\\.", ""));
            assertEquals(UPS_OBJECTS + ".6.3.3", after.get(ALARM_DESCR + ".2").replaceFirst("^\\.", ""));
            assertEquals("demo-ups", text(v2c("snmpget", ups, "public", SYS_NAME).values().get(SYS_NAME)));
        }
    }

    @Test
    void whenMainsFailsTheInputIsGoneAndWhenItReturnsTheInputIsBack() throws InterruptedException {
        try (SimulatedUps ups = SimulatedUps.builder().lines(2).start()) {
            ups.setInputVoltage(2, 228);
            ups.setInputTruePower(2, null);
            Map<String, String> mains = walk(ups);
            new UpsConsole(ups).apply("mains fail");
            Thread.sleep(1100);
            Map<String, String> blackout = walk(ups);
            assertEquals("5", blackout.get(OUTPUT_SOURCE), "battery");
            assertEquals("0", blackout.get(INPUT_VOLTAGE + ".1"));
            assertEquals("0", blackout.get(INPUT_VOLTAGE + ".2"));
            assertEquals("0", blackout.get(INPUT_TRUE_POWER + ".1"));
            assertFalse(blackout.containsKey(INPUT_TRUE_POWER + ".2"), "a line not measured stays unserved");
            assertEquals(mains.get(OUTPUT_PERCENT_LOAD + ".1"), blackout.get(OUTPUT_PERCENT_LOAD + ".1"), "the load goes on");
            assertEquals("1", blackout.get(ALARMS_PRESENT));
            assertEquals(UPS_OBJECTS + ".6.3.2", blackout.get(ALARM_DESCR + ".1").replaceFirst("^\\.", ""), "onBattery");
            assertTrue(Integer.parseInt(blackout.get(SECONDS_ON_BATTERY)) >= 1, blackout.get(SECONDS_ON_BATTERY));

            ups.setBatteryStatus(SimulatedUps.BatteryStatus.LOW);
            new UpsConsole(ups).apply("mains return");
            Map<String, String> back = walk(ups);
            for (String reading : List.of(OUTPUT_SOURCE, INPUT_VOLTAGE + ".1", INPUT_VOLTAGE + ".2", INPUT_TRUE_POWER + ".1",
                    ALARMS_PRESENT, SECONDS_ON_BATTERY, BATTERY_STATUS)) {
                assertEquals(mains.get(reading), back.get(reading), reading);
            }
        }
    }

    @Test
    void everyLineHasItsRowAndAValueSetToNullIsNotServed() {
        try (SimulatedUps ups = SimulatedUps.builder().lines(3).start()) {
            ups.setOutputPercentLoad(3, 77);
            ups.setInputTruePower(2, null);
            Map<String, String> v = walk(ups);
            assertEquals("3", v.get(INPUT_NUM_LINES));
            assertEquals("77", v.get(OUTPUT_PERCENT_LOAD + ".3"));
            assertTrue(v.containsKey(INPUT_TRUE_POWER + ".1") && v.containsKey(INPUT_TRUE_POWER + ".3"), v::toString);
            assertFalse(v.containsKey(INPUT_TRUE_POWER + ".2"), v::toString);
            assertThrows(IllegalArgumentException.class, () -> ups.setInputVoltage(4, 230));
        }
    }

    @Test
    void snmpV1WalksTheSameTreeWithGetNext() {
        try (SimulatedUps ups = SimulatedUps.builder().lines(2).start()) {
            NetSnmp.Result v1 = NetSnmp.run("snmpwalk", List.of("-v1", "-c", "public", "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0",
                    ups.address(), UPS_OBJECTS));
            assertEquals(0, v1.exitCode(), v1::toString);
            assertEquals(walk(ups).keySet(), texts(v1).keySet());
        }
    }

    @Test
    void readingsAreNotWritableAndAnUnknownCommunityGetsNoAnswer() {
        try (SimulatedUps ups = SimulatedUps.builder().start()) {
            NetSnmp.Result set = v2c("snmpset", ups, "private", OUTPUT_SOURCE, "i", "5");
            assertNotEquals(0, set.exitCode());
            assertTrue(set.output().contains("notWritable"), set::toString);
            assertEquals(SimulatedUps.OutputSource.NORMAL, ups.outputSource());
            NetSnmp.Result wrong = NetSnmp.run("snmpget", List.of("-v2c", "-c", "nope", "-t", "0.5", "-r", "0",
                    ups.address(), OUTPUT_SOURCE));
            assertTrue(wrong.output().contains("Timeout"), wrong::toString);
        }
    }

    @Test
    void anSnmpV3UserReadsWithAuthPriv() {
        try (SimulatedUps ups = SimulatedUps.builder().v3User("upsuser", "auth-pass-1", "priv-pass-1").start()) {
            NetSnmp.Result r = NetSnmp.run("snmpget", List.of("-v3", "-l", "authPriv", "-u", "upsuser", "-a", "SHA",
                    "-A", "auth-pass-1", "-x", "AES", "-X", "priv-pass-1", "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0", ups.address(),
                    OUTPUT_SOURCE));
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("3", text(r.values().get(OUTPUT_SOURCE)));
        }
    }

    @Test
    void theConsoleChangesTheRunningUps() {
        try (SimulatedUps ups = Main.startUps(List.of("ups", "--port", "0", "--lines", "2", "--community", "c-ups"))) {
            UpsConsole console = new UpsConsole(ups);
            assertTrue(console.apply("source battery").startsWith("ok"));
            console.apply("battery depleted");
            console.apply("alarms on-battery depleted-battery");
            console.apply("input-voltage 2 -");
            assertEquals(SimulatedUps.OutputSource.BATTERY, ups.outputSource());
            assertEquals(SimulatedUps.BatteryStatus.DEPLETED, ups.batteryStatus());
            assertEquals(List.of(SimulatedUps.Alarm.ON_BATTERY, SimulatedUps.Alarm.DEPLETED_BATTERY), ups.alarms());
            Map<String, String> v = texts(v2c("snmpbulkwalk", ups, "c-ups", UPS_OBJECTS));
            assertEquals("5", v.get(OUTPUT_SOURCE));
            assertFalse(v.containsKey(INPUT_VOLTAGE + ".2"), v::toString);
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> console.apply("source mars"));
            assertTrue(bad.getMessage().contains("battery"), bad.getMessage());
            assertThrows(IllegalArgumentException.class, () -> console.apply("load 1"));
            assertThrows(IllegalArgumentException.class, () -> console.apply("explode"));
            assertThrows(IllegalArgumentException.class, () -> Main.startUps(List.of("ups", "--lines", "0")));
        }
    }
}
