package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.testing.Snmprec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UPS recordings under src/test/resources/recordings, and what the panel must see for each,
 * computed from the recorded values with the MIBs' units and the README's line rule. The OIDs are
 * written here afresh from the MIBs, not taken from the handler, so a wrong OID there shows.
 */
final class UpsRecordings {
    private UpsRecordings() {
    }

    static final List<String> UPS_MIB_FILES = List.of("ups-single-mains", "ups-three-phase",
            "ups-split-phase-on-battery", "ups-low-battery", "ups-phoenixtec-one-line");
    static final List<String> POWERNET_FILES = List.of("apc-smartups", "apc-old-card-trim",
            "apc-symmetra-px-three-phase");
    /** Serves both MIBs; UPS-MIB must be the one read. */
    static final String BOTH_MIBS = "apc-with-ups-mib";

    /** The status each recorded UPS is in, by the rule of README.md. */
    static final Map<String, String> STATUS = Map.of(
            "ups-single-mains", "OK",
            "ups-three-phase", "OK",
            "ups-split-phase-on-battery", "Warning",
            "ups-low-battery", "Critical",
            "ups-phoenixtec-one-line", "OK",
            "apc-smartups", "OK",
            "apc-old-card-trim", "Warning",
            "apc-symmetra-px-three-phase", "OK",
            "apc-with-ups-mib", "OK");

    // RFC 1628 UPS-MIB
    private static final String UPS_ESTIMATED_MINUTES_REMAINING = "1.3.6.1.2.1.33.1.2.3.0";
    private static final String UPS_INPUT_NUM_LINES = "1.3.6.1.2.1.33.1.3.2.0";
    private static final String UPS_INPUT_VOLTAGE = "1.3.6.1.2.1.33.1.3.3.1.3";
    private static final String UPS_INPUT_TRUE_POWER = "1.3.6.1.2.1.33.1.3.3.1.5";
    private static final String UPS_OUTPUT_NUM_LINES = "1.3.6.1.2.1.33.1.4.3.0";
    private static final String UPS_OUTPUT_POWER = "1.3.6.1.2.1.33.1.4.4.1.4";
    private static final String UPS_OUTPUT_PERCENT_LOAD = "1.3.6.1.2.1.33.1.4.4.1.5";
    // Eaton XUPS-MIB
    private static final String XUPS_BAT_TIME_REMAINING = "1.3.6.1.4.1.534.1.2.1.0";
    private static final String XUPS_INPUT_NUM_PHASES = "1.3.6.1.4.1.534.1.3.3.0";
    private static final String XUPS_INPUT_VOLTAGE = "1.3.6.1.4.1.534.1.3.4.1.2";
    private static final String XUPS_INPUT_WATTS = "1.3.6.1.4.1.534.1.3.4.1.4";
    private static final String XUPS_OUTPUT_LOAD = "1.3.6.1.4.1.534.1.4.1.0";
    private static final String XUPS_OUTPUT_NUM_PHASES = "1.3.6.1.4.1.534.1.4.3.0";
    private static final String XUPS_OUTPUT_WATTS = "1.3.6.1.4.1.534.1.4.4.1.4";
    // APC PowerNet-MIB
    private static final String APC_ADV_BATTERY_RUN_TIME_REMAINING = "1.3.6.1.4.1.318.1.1.1.2.2.3.0";
    private static final String APC_ADV_INPUT_LINE_VOLTAGE = "1.3.6.1.4.1.318.1.1.1.3.2.1.0";
    private static final String APC_HIGH_PREC_INPUT_LINE_VOLTAGE = "1.3.6.1.4.1.318.1.1.1.3.3.1.0";
    private static final String APC_ADV_OUTPUT_LOAD = "1.3.6.1.4.1.318.1.1.1.4.2.3.0";
    private static final String APC_ADV_OUTPUT_ACTIVE_POWER = "1.3.6.1.4.1.318.1.1.1.4.2.8.0";
    private static final String APC_HIGH_PREC_OUTPUT_LOAD = "1.3.6.1.4.1.318.1.1.1.4.3.3.0";
    private static final String APC_PHASE_NUM_INPUT_PHASES = "1.3.6.1.4.1.318.1.1.1.9.2.2.1.2.1";
    private static final String APC_PHASE_INPUT_VOLTAGE = "1.3.6.1.4.1.318.1.1.1.9.2.3.1.3";
    private static final String APC_PHASE_INPUT_POWER = "1.3.6.1.4.1.318.1.1.1.9.2.3.1.9";
    private static final String APC_PHASE_NUM_OUTPUT_PHASES = "1.3.6.1.4.1.318.1.1.1.9.3.2.1.2.1";
    private static final String APC_PHASE_OUTPUT_PERCENT_LOAD = "1.3.6.1.4.1.318.1.1.1.9.3.3.1.10";
    private static final String APC_PHASE_OUTPUT_POWER = "1.3.6.1.4.1.318.1.1.1.9.3.3.1.13";

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

    /**
     * Where a value of one side may be found, in the order a reader must prefer them: a column by line
     * number, an APC phase column (index input.1.phase, main input 1 only), the one line of a
     * single-phase UPS, or a figure for the whole UPS.
     */
    private record From(String oid, Shape shape, BigDecimal divisor) {
        static From lines(String oid, long divisor) {
            return new From(oid, Shape.LINES, BigDecimal.valueOf(divisor));
        }

        static From phases(String oid, long divisor) {
            return new From(oid, Shape.PHASES, BigDecimal.valueOf(divisor));
        }

        static From one(String oid, long divisor) {
            return new From(oid, Shape.ONE, BigDecimal.valueOf(divisor));
        }

        static From whole(String oid, long divisor) {
            return new From(oid, Shape.WHOLE, BigDecimal.valueOf(divisor));
        }
    }

    private enum Shape { LINES, PHASES, ONE, WHOLE }

    /**
     * The numbers a UPS-MIB recording must show as, by eq_param name: the UPS-MIB's per-line
     * columns over the lines upsInputNumLines and upsOutputNumLines state (rows beyond are no
     * lines), Eaton's XUPS-MIB and APC's phase tables where the UPS-MIB leaves a line out.
     */
    static Map<String, BigDecimal> expectedFromUpsMib(Snmprec r) {
        Integer in = stated(r, UPS_INPUT_NUM_LINES, XUPS_INPUT_NUM_PHASES, APC_PHASE_NUM_INPUT_PHASES);
        Integer out = stated(r, UPS_OUTPUT_NUM_LINES, XUPS_OUTPUT_NUM_PHASES, APC_PHASE_NUM_OUTPUT_PHASES);
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        side(e, "input_voltage", r, in, 1, Combined.LOWEST, From.lines(UPS_INPUT_VOLTAGE, 1),
                From.lines(XUPS_INPUT_VOLTAGE, 1), From.phases(APC_PHASE_INPUT_VOLTAGE, 1));
        side(e, "output_load", r, out, 1, Combined.HIGHEST, From.lines(UPS_OUTPUT_PERCENT_LOAD, 1),
                From.whole(XUPS_OUTPUT_LOAD, 1), From.phases(APC_PHASE_OUTPUT_PERCENT_LOAD, 1));
        side(e, "output_power", r, out, 3, Combined.SUM, From.lines(UPS_OUTPUT_POWER, 1000),
                From.lines(XUPS_OUTPUT_WATTS, 1000), From.phases(APC_PHASE_OUTPUT_POWER, 1000));
        side(e, "input_power", r, in, 3, Combined.SUM, From.lines(UPS_INPUT_TRUE_POWER, 1000),
                From.lines(XUPS_INPUT_WATTS, 1000), From.phases(APC_PHASE_INPUT_POWER, 1000));
        runtime(e, r, From.one(UPS_ESTIMATED_MINUTES_REMAINING, 1), From.one(XUPS_BAT_TIME_REMAINING, 60));
        return e;
    }

    /**
     * The numbers a PowerNet recording must show as: the high-precision scalar where there is one, on
     * a single-phase UPS; the phase tables of a three-phase one.
     */
    static Map<String, BigDecimal> expectedFromPowerNet(Snmprec r) {
        Integer in = stated(r, APC_PHASE_NUM_INPUT_PHASES);
        Integer out = stated(r, APC_PHASE_NUM_OUTPUT_PHASES);
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        side(e, "input_voltage", r, in, 1, Combined.LOWEST, From.one(APC_HIGH_PREC_INPUT_LINE_VOLTAGE, 10),
                From.one(APC_ADV_INPUT_LINE_VOLTAGE, 1), From.phases(APC_PHASE_INPUT_VOLTAGE, 1));
        side(e, "output_load", r, out, 1, Combined.HIGHEST, From.one(APC_HIGH_PREC_OUTPUT_LOAD, 10),
                From.one(APC_ADV_OUTPUT_LOAD, 1), From.phases(APC_PHASE_OUTPUT_PERCENT_LOAD, 1));
        side(e, "output_power", r, out, 3, Combined.SUM, From.phases(APC_PHASE_OUTPUT_POWER, 1000),
                From.whole(APC_ADV_OUTPUT_ACTIVE_POWER, 1000));
        side(e, "input_power", r, in, 3, Combined.SUM, From.phases(APC_PHASE_INPUT_POWER, 1000));
        // TimeTicks are hundredths of a second: 6000 to the minute
        runtime(e, r, From.one(APC_ADV_BATTERY_RUN_TIME_REMAINING, 6000));
        return e;
    }

    private enum Combined { LOWEST, HIGHEST, SUM }

    /** The first count the recording holds, where it is one a UPS can have. */
    private static Integer stated(Snmprec r, String... counts) {
        for (String c : counts) {
            String v = r.get(c);
            if (v != null) {
                int n = Integer.parseInt(v);
                return n >= 1 && n <= 16 ? n : null;
            }
        }
        return null;
    }

    /**
     * One side's values: from the first source that gives every line, else the first that gives some;
     * line A and B for up to two lines, three or more as line A alone, combined, as README.md says.
     */
    private static void side(Map<String, BigDecimal> e, String param, Snmprec r, Integer stated, int scale,
                             Combined combined, From... sources) {
        List<BigDecimal> chosen = null;
        for (From f : sources) {
            List<BigDecimal> values = values(r, f, stated);
            if (values == null || values.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            if (values.stream().allMatch(java.util.Objects::nonNull)) {
                chosen = values;
                break;
            }
            chosen = chosen == null ? values : chosen;
        }
        if (chosen == null) {
            return;
        }
        if (chosen.size() <= 2) {
            putScaled(e, param + "_line_A", chosen.get(0), scale);
            if (chosen.size() == 2) {
                putScaled(e, param + "_line_B", chosen.get(1), scale);
            }
            return;
        }
        if (chosen.stream().anyMatch(java.util.Objects::isNull)) {
            return;
        }
        BigDecimal all = switch (combined) {
            case LOWEST -> chosen.stream().min(Comparator.naturalOrder()).orElseThrow();
            case HIGHEST -> chosen.stream().max(Comparator.naturalOrder()).orElseThrow();
            case SUM -> chosen.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        };
        putScaled(e, param + "_line_A", all, scale);
    }

    /** The source's value of each line (null where a line has none), or null where it cannot serve. */
    private static List<BigDecimal> values(Snmprec r, From f, Integer stated) {
        if (f.shape() == Shape.ONE || f.shape() == Shape.WHOLE) {
            BigDecimal v = usable(r.get(f.oid()), f.divisor());
            boolean fits = stated == null || (f.shape() == Shape.ONE ? stated == 1 : stated != 2);
            return v != null && fits ? List.of(v) : null;
        }
        Map<Integer, BigDecimal> byLine = new TreeMap<>();
        r.column(f.oid()).forEach((index, value) -> {
            String[] parts = index.split("\\.");
            if (f.shape() == Shape.PHASES ? parts.length >= 2 && parts[0].equals("1") : parts.length == 1) {
                BigDecimal v = usable(value, f.divisor());
                if (v != null) {
                    byLine.put(Integer.parseInt(parts[parts.length - 1]), v);
                }
            }
        });
        if (byLine.isEmpty()) {
            return null;
        }
        int count = stated != null ? stated : Collections.max(byLine.keySet());
        List<BigDecimal> out = new ArrayList<>();
        for (int line = 1; line <= count; line++) {
            out.add(byLine.get(line));
        }
        return out;
    }

    /** A recorded value in the panel's unit; a negative one (APC's -1, not supported) is none. */
    private static BigDecimal usable(String recorded, BigDecimal divisor) {
        if (recorded == null || recorded.startsWith("-")) {
            return null;
        }
        return new BigDecimal(recorded).divide(divisor, 10, RoundingMode.HALF_UP);
    }

    private static void runtime(Map<String, BigDecimal> e, Snmprec r, From... sources) {
        for (From f : sources) {
            BigDecimal v = usable(r.get(f.oid()), f.divisor());
            if (v != null) {
                putScaled(e, "battary_time_remains", v, 1);
                return;
            }
        }
    }

    private static void putScaled(Map<String, BigDecimal> e, String param, BigDecimal v, int scale) {
        if (v != null) {
            e.put(param, v.setScale(scale, RoundingMode.HALF_UP));
        }
    }

}
