package net.dcihandlers.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long ago this process started: deadline.ms is the wall time of the whole call, from the
 * moment the panel started the launcher, and the launcher {@code exec}s Java, so the JVM is the
 * launcher's own process and its start is the call's start.
 *
 * <p>Read from Linux's /proc: the process's start (/proc/self/stat, field 22, in clock ticks since
 * boot) against the time since boot (/proc/uptime), both on the boot clock, to 10 ms. Not from
 * {@code ProcessHandle.info().startInstant()}: the JDK adds the start ticks to /proc/stat's
 * {@code btime}, which is whole seconds, so its instant is up to a second early (measured on this
 * project's CI kernel: 550 ms). Needs nothing from the launcher, so the launcher needs no clock
 * of its own (POSIX sh has none).
 */
final class LaunchClock {
    /** USER_HZ, the unit of /proc/self/stat's start time: 100 on every Linux architecture in use. */
    static final int TICKS_PER_SECOND = 100;
    /** A start longer ago than this is not a call's launcher (a JVM reused by tests, a wrong reading). */
    static final long PLAUSIBLE_MAX_MILLIS = 120_000;

    private LaunchClock() {
    }

    /**
     * Milliseconds since this process started, or 0 where that cannot be told (not Linux, /proc
     * not mounted, an implausible reading): the call's clock then starts now, as it used to.
     */
    static long millisSinceStart() {
        try {
            long ms = millisSinceStart(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII),
                    Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII));
            return ms >= 0 && ms <= PLAUSIBLE_MAX_MILLIS ? ms : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The same from the two files' texts; -1 if they do not read as expected. */
    static long millisSinceStart(String stat, String uptime) {
        // the command name (field 2) is in parentheses and may itself hold spaces and parentheses
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return -1;
        }
        // the fields after it, split by hand (a regular expression costs a call's start-up a few ms);
        // the first is field 3 (state), so field 22 (starttime) is the twentieth
        String startField = field(stat, close + 1, 20);
        if (startField == null) {
            return -1;
        }
        long startTicks = Long.parseLong(startField);
        String up = field(uptime, 0, 1);
        if (up == null) {
            return -1;
        }
        long uptimeMillis = new java.math.BigDecimal(up).movePointRight(3).longValue();
        return uptimeMillis - startTicks * 1000 / TICKS_PER_SECOND;
    }

    /** The n-th (from 1) run of characters other than space, tab and newline from {@code from}, or null. */
    private static String field(String s, int from, int n) {
        int i = from;
        for (int k = 1; ; k++) {
            while (i < s.length() && isBlank(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            int start = i;
            while (i < s.length() && !isBlank(s.charAt(i))) {
                i++;
            }
            if (k == n) {
                return s.substring(start, i);
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
