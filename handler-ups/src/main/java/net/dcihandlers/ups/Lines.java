package net.dcihandlers.ups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One quantity on each line of one side (input or output) of a UPS: element 0 is line 1. A line
 * the device gives no value for holds null, so the number of lines stays what the UPS said.
 */
public record Lines(List<BigDecimal> values) {
    public Lines {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Lines single(BigDecimal value) {
        return new Lines(Collections.singletonList(value));
    }

    int count() {
        return values.size();
    }

    /** The value of line n (1-based), or null. */
    public BigDecimal line(int n) {
        return n >= 1 && n <= values.size() ? values.get(n - 1) : null;
    }

    public boolean complete() {
        return values.stream().allMatch(Objects::nonNull);
    }

    public boolean isEmpty() {
        return values.stream().allMatch(Objects::isNull);
    }
}
