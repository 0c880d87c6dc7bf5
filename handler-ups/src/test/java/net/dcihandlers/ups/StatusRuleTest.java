package net.dcihandlers.ups;

import net.dcihandlers.core.Trace;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status rule of README.md, and NUT's ups.status words read through it. */
class StatusRuleTest {

    private static DeviceStatus rule(PowerSource source, BatteryState battery, String... alarms) {
        return DeviceStatus.of(new UpsState(source, battery, List.of(alarms), Map.of(), null)).status();
    }

    @Test
    void okOnlyOnMainsWithANormalBatteryAndNoAlarm() {
        for (PowerSource s : PowerSource.values()) {
            for (BatteryState b : BatteryState.values()) {
                DeviceStatus expected;
                if (b == BatteryState.LOW || b == BatteryState.DEPLETED || b == BatteryState.FAULT
                        || s == PowerSource.NONE) {
                    expected = DeviceStatus.CRITICAL;
                } else if (s == PowerSource.MAINS && b == BatteryState.NORMAL) {
                    expected = DeviceStatus.OK;
                } else {
                    expected = DeviceStatus.WARNING;
                }
                assertEquals(expected, rule(s, b), s + " " + b);
                if (expected == DeviceStatus.OK) {
                    assertEquals(DeviceStatus.WARNING, rule(s, b, "fan failure"), "an alarm on mains");
                }
            }
        }
    }

    /** ups.status as NUT drivers write it, and the device_status the panel must show. */
    @Test
    void nutStatusWordsGiveTheStatusOfTheRule() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("OL", "OK");
        cases.put("OL CHRG", "OK");
        cases.put("OB DISCHRG", "Warning");
        cases.put("OB DISCHRG LB", "Critical");
        cases.put("OL LB", "Critical");
        cases.put("OL BOOST", "Warning");
        cases.put("OL TRIM", "Warning");
        cases.put("BYPASS", "Warning");
        cases.put("OL BYPASS", "Warning");
        cases.put("OL RB", "Warning");
        cases.put("OL OVER", "Warning");
        cases.put("OL ALARM", "Warning");
        cases.put("OL FSD", "Warning");
        cases.put("OFF", "Critical");
        cases.put("OB OFF", "Critical");
        cases.put("", "Warning");
        cases.forEach((status, expected) -> {
            UpsState s = NutVariables.state(Map.of("ups.status", status), Trace.off());
            assertEquals(expected, DeviceStatus.of(s).status().wire(), "ups.status '" + status + "'");
        });
    }

    @Test
    void nutAlarmTextIsNamedAndNumbersInNutUnitsBecomeThePanels() {
        UpsState s = NutVariables.state(Map.of("ups.status", "OL ALARM", "ups.alarm", "Fan failure!",
                "ups.realpower", "1530", "battery.runtime", "615", "input.voltage", "-1", "ups.load", "n/a"),
                Trace.off());
        assertEquals(List.of("alarm: Fan failure!"), s.alarms());
        assertEquals(0, new java.math.BigDecimal("1.53").compareTo(s.lines().get(Quantity.OUTPUT_POWER).line(1)));
        assertEquals(0, new java.math.BigDecimal("10.25").compareTo(s.runtimeMinutes()));
        assertTrue(!s.lines().containsKey(Quantity.INPUT_VOLTAGE) && !s.lines().containsKey(Quantity.OUTPUT_LOAD),
                "a negative voltage and a load of n/a are left out: " + s.lines());
    }
}
