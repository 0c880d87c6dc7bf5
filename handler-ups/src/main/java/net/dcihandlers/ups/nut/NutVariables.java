package net.dcihandlers.ups.nut;

import net.dcihandlers.core.Trace;
import net.dcihandlers.ups.BatteryState;
import net.dcihandlers.ups.Lines;
import net.dcihandlers.ups.PowerSource;
import net.dcihandlers.ups.Quantity;
import net.dcihandlers.ups.UpsState;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of Network UPS Tools' variables (docs/nut-names.txt) give what the panel shows, and what
 * the words of {@code ups.status} mean. Like the SNMP profiles this is a table; the status rule
 * itself is {@link DeviceStatus}'s.
 */
final class NutVariables {
    private NutVariables() {
    }

    /**
     * Where NUT keeps a quantity: one variable for the whole UPS, or one per phase (line), and the
     * divisor to the panel's unit.
     */
    record NutNumber(List<String> perLine, BigDecimal divisor) {
        static NutNumber whole(String name, long divisor) {
            return new NutNumber(List.of(name), BigDecimal.valueOf(divisor));
        }

        static NutNumber phases(String l1, String l2, String l3, long divisor) {
            return new NutNumber(List.of(l1, l2, l3), BigDecimal.valueOf(divisor));
        }
    }

    /** The first alternative the UPS has wins; per-phase ones only where the whole-UPS value is missing. */
    static final Map<Quantity, List<NutNumber>> QUANTITIES = Map.of(
            Quantity.INPUT_VOLTAGE, List.of(NutNumber.whole("input.voltage", 1),
                    NutNumber.phases("input.L1-N.voltage", "input.L2-N.voltage", "input.L3-N.voltage", 1)),
            Quantity.OUTPUT_LOAD, List.of(NutNumber.whole("ups.load", 1)),
            Quantity.OUTPUT_POWER, List.of(NutNumber.whole("ups.realpower", 1000),
                    NutNumber.whole("output.realpower", 1000),
                    NutNumber.phases("output.L1.realpower", "output.L2.realpower", "output.L3.realpower", 1000)),
            Quantity.INPUT_POWER, List.of(NutNumber.whole("input.realpower", 1000),
                    NutNumber.phases("input.L1.realpower", "input.L2.realpower", "input.L3.realpower", 1000)));

    /** battery.runtime, seconds. */
    static final NutNumber RUNTIME = NutNumber.whole("battery.runtime", 60);

    static final String STATUS = "ups.status";
    static final String ALARM = "ups.alarm";

    /** ups.status words that say where the output comes from, the strongest first. */
    static final Map<String, PowerSource> SOURCE_WORDS = orderedSources();
    /** ups.status words that are alarms, and what they mean. */
    static final Map<String, String> ALARM_WORDS = Map.of(
            "RB", "battery needs replacing",
            "OVER", "overloaded",
            "FSD", "forced shutdown in progress");
    /** The low-battery word. */
    static final String LOW_BATTERY = "LB";
    /** The word saying that ups.alarm holds alarms. */
    static final String ALARM_WORD = "ALARM";
    /** Words that say nothing the panel shows (charging, calibrating ...). */
    static final Set<String> INFORMATIONAL = Set.of("CHRG", "DISCHRG", "HB", "CAL", "TEST", "ECO");
    /**
     * The word a driver's status holds until its first reading of the UPS (NUT's drivers start with
     * it and fall back to it while they reconnect): the other variables are not the UPS's yet.
     */
    static final String WAITING_FOR_DRIVER = "WAIT";

    /** Whether upsd says the driver has no data from the UPS yet (ups.status WAIT). */
    static boolean awaitingDriver(Map<String, String> vars) {
        String status = vars.getOrDefault(STATUS, "").trim();
        return !status.isEmpty() && List.of(status.split("\\s+")).contains(WAITING_FOR_DRIVER);
    }

    private static Map<String, PowerSource> orderedSources() {
        Map<String, PowerSource> m = new LinkedHashMap<>();
        m.put("OFF", PowerSource.NONE);
        m.put("OB", PowerSource.BATTERY);
        m.put("BYPASS", PowerSource.BYPASS);
        m.put("BOOST", PowerSource.BOOST);
        m.put("TRIM", PowerSource.TRIM);
        m.put("OL", PowerSource.MAINS);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The UPS as its variables describe it. */
    static UpsState state(Map<String, String> vars, Trace trace) {
        String status = vars.getOrDefault(STATUS, "").trim();
        List<String> words = status.isEmpty() ? List.of() : List.of(status.split("\\s+"));
        PowerSource source = SOURCE_WORDS.entrySet().stream().filter(e -> words.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(PowerSource.UNKNOWN);
        // NUT has no word for a normal battery: a status without LB says it is not low
        BatteryState battery = words.isEmpty() ? BatteryState.UNKNOWN
                : words.contains(LOW_BATTERY) ? BatteryState.LOW : BatteryState.NORMAL;
        List<String> alarms = new ArrayList<>();
        for (String w : words) {
            if (ALARM_WORDS.containsKey(w)) {
                alarms.add(ALARM_WORDS.get(w) + " (" + w + ")");
            } else if (!SOURCE_WORDS.containsKey(w) && !w.equals(LOW_BATTERY) && !w.equals(ALARM_WORD)
                    && !INFORMATIONAL.contains(w)) {
                trace.line(STATUS + " word '" + w + "' is not one dci-ups-nut knows; ignored");
            }
        }
        if (words.isEmpty()) {
            trace.line(STATUS + " not given");
        }
        // drivers raise ALARM together with the text in ups.alarm; the word decides, the text names them
        if (words.contains(ALARM_WORD)) {
            String text = vars.getOrDefault(ALARM, "").trim();
            alarms.add(text.isEmpty() ? "alarm (ALARM)" : "alarm: " + text);
        }
        Map<Quantity, Lines> lines = new EnumMap<>(Quantity.class);
        QUANTITIES.forEach((q, alternatives) -> {
            for (NutNumber n : alternatives) {
                Lines l = lines(n, vars, trace);
                if (!l.isEmpty()) {
                    trace.line(q.param() + " from " + n.perLine() + ": " + l.values());
                    lines.put(q, l);
                    break;
                }
            }
        });
        return new UpsState(source, battery, alarms, lines, lines(RUNTIME, vars, trace).line(1));
    }

    private static Lines lines(NutNumber n, Map<String, String> vars, Trace trace) {
        List<BigDecimal> values = new ArrayList<>();
        for (String name : n.perLine()) {
            values.add(number(name, vars.get(name), n.divisor(), trace));
        }
        return new Lines(values);
    }

    /** A value in the panel's unit; absent when missing, not a number, or negative (no quantity here is). */
    private static BigDecimal number(String name, String value, BigDecimal divisor, Trace trace) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(value.trim());
            if (v.signum() >= 0) {
                return v.divide(divisor, MathContext.DECIMAL64);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        trace.line(name + " = '" + value + "' is not a usable number; left out");
        return null;
    }
}
