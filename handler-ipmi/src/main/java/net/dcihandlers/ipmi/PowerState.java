package net.dcihandlers.ipmi;

import net.dcihandlers.core.protocol.PortStatus;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The chassis power state, as {@code ipmitool chassis power status} reports it. */
enum PowerState {
    ON, OFF;

    private static final Pattern LINE = Pattern.compile("^\\s*Chassis Power is (on|off)\\s*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /** The state in ipmitool's output; empty when it says nothing clear (no such line, or both). */
    static Optional<PowerState> parse(String output) {
        Set<PowerState> seen = EnumSet.noneOf(PowerState.class);
        Matcher m = LINE.matcher(output == null ? "" : output);
        while (m.find()) {
            seen.add(valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
    }

    PortStatus status() {
        return this == ON ? PortStatus.ON : PortStatus.OFF;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
