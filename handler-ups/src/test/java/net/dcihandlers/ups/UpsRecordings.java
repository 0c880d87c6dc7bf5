package net.dcihandlers.ups;

import net.dcihandlers.core.testing.Snmprec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The UPS recordings under src/test/resources/recordings, and what the panel must see for each,
 * computed from the recorded values with the MIBs' units and the README's line rule. The OIDs are
 * written here afresh from the MIBs, not taken from the handler, so a wrong OID there shows.
 */
final class UpsRecordings {
    private UpsRecordings() {
    }

    static final List<String> UPS_MIB_FILES = List.of("ups-single-mains", "ups-three-phase",
            "ups-split-phase-on-battery", "ups-low-battery");
    static final List<String> POWERNET_FILES = List.of("apc-smartups", "apc-old-card-trim");
    /** Serves both MIBs; UPS-MIB must be the one read. */
    static final String BOTH_MIBS = "apc-with-ups-mib";

    /** The status each recorded UPS is in, by the rule of README.md. */
    static final Map<String, String> STATUS = Map.of(
            "ups-single-mains", "OK",
            "ups-three-phase", "OK",
            "ups-split-phase-on-battery", "Warning",
            "ups-low-battery", "Critical",
            "apc-smartups", "OK",
            "apc-old-card-trim", "Warning",
            "apc-with-ups-mib", "OK");

    // RFC 1628 UPS-MIB
    private static final String UPS_ESTIMATED_MINUTES_REMAINING = "1.3.6.1.2.1.33.1.2.3.0";
    private static final String UPS_INPUT_VOLTAGE = "1.3.6.1.2.1.33.1.3.3.1.3";
    private static final String UPS_INPUT_TRUE_POWER = "1.3.6.1.2.1.33.1.3.3.1.5";
    private static final String UPS_OUTPUT_POWER = "1.3.6.1.2.1.33.1.4.4.1.4";
    private static final String UPS_OUTPUT_PERCENT_LOAD = "1.3.6.1.2.1.33.1.4.4.1.5";
    // APC PowerNet-MIB
    private static final String APC_ADV_BATTERY_RUN_TIME_REMAINING = "1.3.6.1.4.1.318.1.1.1.2.2.3.0";
    private static final String APC_ADV_INPUT_LINE_VOLTAGE = "1.3.6.1.4.1.318.1.1.1.3.2.1.0";
    private static final String APC_HIGH_PREC_INPUT_LINE_VOLTAGE = "1.3.6.1.4.1.318.1.1.1.3.3.1.0";
    private static final String APC_ADV_OUTPUT_LOAD = "1.3.6.1.4.1.318.1.1.1.4.2.3.0";
    private static final String APC_ADV_OUTPUT_ACTIVE_POWER = "1.3.6.1.4.1.318.1.1.1.4.2.8.0";
    private static final String APC_HIGH_PREC_OUTPUT_LOAD = "1.3.6.1.4.1.318.1.1.1.4.3.3.0";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    static Path file(String name) {
        try {
            return Path.of(UpsRecordings.class.getResource("/recordings/" + name + ".snmprec").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("recording " + name + " is missing", e);
        }
    }

    static Snmprec read(String name) {
        return Snmprec.read(file(name));
    }

    /** The numbers a UPS-MIB recording must show as, by eq_param name. */
    static Map<String, BigDecimal> expectedFromUpsMib(Snmprec r) {
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        lines(e, "input_voltage", r.column(UPS_INPUT_VOLTAGE), v -> v, 1, Combined.LOWEST);
        lines(e, "output_load", r.column(UPS_OUTPUT_PERCENT_LOAD), v -> v, 1, Combined.HIGHEST);
        lines(e, "output_power", r.column(UPS_OUTPUT_POWER), v -> v.divide(THOUSAND), 3, Combined.SUM);
        lines(e, "input_power", r.column(UPS_INPUT_TRUE_POWER), v -> v.divide(THOUSAND), 3, Combined.SUM);
        put(e, "battary_time_remains", r.get(UPS_ESTIMATED_MINUTES_REMAINING), v -> v, 1);
        return e;
    }

    /** The numbers a PowerNet recording must show as: the high-precision object where there is one. */
    static Map<String, BigDecimal> expectedFromPowerNet(Snmprec r) {
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        if (r.get(APC_HIGH_PREC_INPUT_LINE_VOLTAGE) != null) {
            put(e, "input_voltage_line_A", r.get(APC_HIGH_PREC_INPUT_LINE_VOLTAGE), v -> v.movePointLeft(1), 1);
        } else {
            put(e, "input_voltage_line_A", r.get(APC_ADV_INPUT_LINE_VOLTAGE), v -> v, 1);
        }
        if (r.get(APC_HIGH_PREC_OUTPUT_LOAD) != null) {
            put(e, "output_load_line_A", r.get(APC_HIGH_PREC_OUTPUT_LOAD), v -> v.movePointLeft(1), 1);
        } else {
            put(e, "output_load_line_A", r.get(APC_ADV_OUTPUT_LOAD), v -> v, 1);
        }
        put(e, "output_power_line_A", r.get(APC_ADV_OUTPUT_ACTIVE_POWER), v -> v.divide(THOUSAND), 3);
        // TimeTicks are hundredths of a second: 6000 to the minute
        put(e, "battary_time_remains", r.get(APC_ADV_BATTERY_RUN_TIME_REMAINING),
                v -> v.divide(BigDecimal.valueOf(6000), 10, RoundingMode.HALF_UP), 1);
        return e;
    }

    private enum Combined { LOWEST, HIGHEST, SUM }

    /** Line A and B for up to two lines; three lines as line A alone, combined, as README.md says. */
    private static void lines(Map<String, BigDecimal> e, String param, Map<String, String> column,
                              Function<BigDecimal, BigDecimal> unit, int scale, Combined combined) {
        List<BigDecimal> values = new ArrayList<>();
        column.values().forEach(v -> values.add(unit.apply(new BigDecimal(v))));
        if (values.isEmpty()) {
            return;
        }
        if (values.size() <= 2) {
            e.put(param + "_line_A", values.get(0).setScale(scale, RoundingMode.HALF_UP));
            if (values.size() == 2) {
                e.put(param + "_line_B", values.get(1).setScale(scale, RoundingMode.HALF_UP));
            }
            return;
        }
        BigDecimal all = switch (combined) {
            case LOWEST -> values.stream().min(Comparator.naturalOrder()).orElseThrow();
            case HIGHEST -> values.stream().max(Comparator.naturalOrder()).orElseThrow();
            case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        };
        e.put(param + "_line_A", all.setScale(scale, RoundingMode.HALF_UP));
    }

    private static void put(Map<String, BigDecimal> e, String param, String recorded,
                            Function<BigDecimal, BigDecimal> unit, int scale) {
        if (recorded != null) {
            e.put(param, unit.apply(new BigDecimal(recorded)).setScale(scale, RoundingMode.HALF_UP));
        }
    }
}
