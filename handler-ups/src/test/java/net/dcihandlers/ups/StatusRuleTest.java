package net.dcihandlers.ups;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status rule of README.md, the same for every UPS whatever protocol it is read by. */
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
}
