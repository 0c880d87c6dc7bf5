package net.dcihandlers.ups;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one reading of a UPS found, whichever protocol it came by, in the panel's units (V, %, kW,
 * minutes). Anything the device did not give is absent: a quantity missing from the map, a null
 * runtime.
 *
 * @param source  where the output comes from
 * @param battery what the UPS says of its battery
 * @param alarms  the alarms and warnings the UPS raises, in words (empty: none)
 * @param lines   per-line values of the quantities the device gives
 * @param runtimeMinutes battery time left, or null
 */
public record UpsState(PowerSource source, BatteryState battery, List<String> alarms, Map<Quantity, Lines> lines,
                BigDecimal runtimeMinutes) {
    public UpsState {
        alarms = List.copyOf(alarms);
        EnumMap<Quantity, Lines> copy = new EnumMap<>(Quantity.class);
        lines.forEach((q, l) -> {
            if (!l.isEmpty()) {
                copy.put(q, l);
            }
        });
        lines = java.util.Collections.unmodifiableMap(copy);
    }
}
