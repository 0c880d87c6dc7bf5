package net.dcihandlers.ups.nut;

import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.EqParam;
import net.dcihandlers.ups.Quantity;
import net.dcihandlers.ups.UpsAnswer;
import net.dcihandlers.ups.UpsState;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NUT's variables read into a UPS's state, and the device_status the panel gets from them. */
class NutVariablesTest {

    private static String deviceStatus(UpsState s) {
        return UpsAnswer.of(s, Trace.off()).params().stream().filter(p -> p.name().equals("device_status"))
                .map(EqParam::strValue).findFirst().orElseThrow();
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
            assertEquals(expected, deviceStatus(s), "ups.status '" + status + "'");
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
