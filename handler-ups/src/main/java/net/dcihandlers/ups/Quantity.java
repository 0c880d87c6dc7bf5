package net.dcihandlers.ups;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The per-line values of the panel's UPS list, in the panel's units and in the order the answer
 * lists them. Each knows how to stand for a UPS with more lines than the protocol's A and B: a
 * three-phase UPS is shown as one line A holding the whole UPS (see README.md), so the combination
 * is the figure an operator must not miss: the lowest phase voltage, the most loaded phase, the
 * power of all phases together.
 */
public enum Quantity {
    /** V. */
    INPUT_VOLTAGE("input_voltage", true, 1, Combination.LOWEST),
    /** % of the UPS's capacity. */
    OUTPUT_LOAD("output_load", false, 1, Combination.HIGHEST),
    /** kW. */
    OUTPUT_POWER("output_power", false, 3, Combination.SUM),
    /** kW. */
    INPUT_POWER("input_power", true, 3, Combination.SUM);

    private enum Combination { LOWEST, HIGHEST, SUM }

    private final String param;
    private final boolean input;
    private final int scale;
    private final Combination combination;

    Quantity(String param, boolean input, int scale, Combination combination) {
        this.param = param;
        this.input = input;
        this.scale = scale;
        this.combination = combination;
    }

    /** The eq_param name without its line suffix. */
    public String param() {
        return param;
    }

    /** Whether it is measured on the input lines (else on the output lines). */
    public boolean input() {
        return input;
    }

    /** Decimal places the answer keeps (kW to the watt, volts and percent to a tenth). */
    int scale() {
        return scale;
    }

    /** The value standing for all lines together; the caller makes sure every line has one. */
    BigDecimal combine(List<BigDecimal> lines) {
        return switch (combination) {
            case LOWEST -> lines.stream().min(Comparator.naturalOrder()).orElseThrow();
            case HIGHEST -> lines.stream().max(Comparator.naturalOrder()).orElseThrow();
            case SUM -> lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        };
    }
}
