package net.dcihandlers.ups;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code device_status}, and the one rule that decides it for every UPS whatever protocol it was
 * read by (README.md, "device_status"):
 * <ul>
 *   <li>Critical: the battery is low, depleted or faulty, or the UPS gives no output;</li>
 *   <li>Warning: otherwise, when the UPS is not plainly on mains (on battery, on bypass,
 *       boosting, trimming, or it does not say), its battery state is unknown, or it raises
 *       alarms;</li>
 *   <li>OK: on mains with a normal battery and no alarm.</li>
 * </ul>
 */
enum DeviceStatus {
    OK("OK"), WARNING("Warning"), CRITICAL("Critical");

    private final String wire;

    DeviceStatus(String wire) {
        this.wire = wire;
    }

    /** The strvalue of device_status. */
    String wire() {
        return wire;
    }

    /** A status and the conditions that made it, for the trace. */
    record Verdict(DeviceStatus status, List<String> reasons) {
        Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    static Verdict of(UpsState ups) {
        List<String> critical = new ArrayList<>();
        List<String> warning = new ArrayList<>();
        switch (ups.battery()) {
            case LOW, DEPLETED, FAULT -> critical.add(ups.battery().description());
            case UNKNOWN -> warning.add(ups.battery().description());
            case NORMAL -> { }
        }
        switch (ups.source()) {
            case NONE -> critical.add(ups.source().description());
            case MAINS -> { }
            default -> warning.add(ups.source().description());
        }
        warning.addAll(ups.alarms());
        if (!critical.isEmpty()) {
            critical.addAll(warning);
            return new Verdict(CRITICAL, critical);
        }
        if (!warning.isEmpty()) {
            return new Verdict(WARNING, warning);
        }
        return new Verdict(OK, List.of(ups.source().description(), ups.battery().description(), "no alarm"));
    }
}
