package net.dcihandlers.ups;

import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.EqParam;
import net.dcihandlers.core.protocol.Response;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The status answer the panel's UPS list shows: device_status, then the per-line values, then
 * battary_time_remains (so spelled by the protocol). Line A is line 1 and line B line 2; a UPS with
 * three or more lines on a side shows that side as line A alone, combined (see {@link Quantity}).
 */
public final class UpsAnswer {
    static final String DEVICE_STATUS = "device_status";
    static final String BATTERY_TIME_REMAINS = "battary_time_remains";
    /** The help's line for status, the same for both UPS handlers. */
    public static final String STATUS_HELP = "The UPS's status and readings (device_status, voltages, load, power, battery time).";
    private static final int MINUTES_SCALE = 1;

    private UpsAnswer() {
    }

    public static Response of(UpsState ups, Trace trace) {
        DeviceStatus.Verdict verdict = DeviceStatus.of(ups);
        trace.line("device_status " + verdict.status().wire() + ": " + String.join("; ", verdict.reasons()));
        Response r = new Response();
        r.add(EqParam.text(DEVICE_STATUS, verdict.status().wire()));
        for (Map.Entry<Quantity, Lines> e : ups.lines().entrySet()) {
            Quantity q = e.getKey();
            Lines lines = e.getValue();
            if (lines.count() <= 2) {
                add(r, q.param() + "_line_A", lines.line(1), q.scale());
                add(r, q.param() + "_line_B", lines.line(2), q.scale());
            } else if (lines.complete()) {
                trace.line(q.param() + ": " + lines.count() + " lines " + lines.values() + ", shown combined as line A");
                add(r, q.param() + "_line_A", q.combine(lines.values()), q.scale());
            } else {
                trace.line(q.param() + ": " + lines.count() + " lines " + lines.values()
                        + ", not all given, so no combined value");
            }
        }
        add(r, BATTERY_TIME_REMAINS, ups.runtimeMinutes(), MINUTES_SCALE);
        return r;
    }

    private static void add(Response r, String name, BigDecimal value, int scale) {
        if (value != null) {
            r.add(EqParam.number(name, value.setScale(scale, RoundingMode.HALF_UP)));
        }
    }
}
