package net.dcihandlers.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How long tests wait, in one place, so that the suite passes on a busy machine (a CI runner, or
 * {@code .ci/loaded} with two busy loops per core beside other builds), where a response from
 * snmpsim or a JVM's start takes seconds that it takes milliseconds on an idle one.
 *
 * <ul>
 * <li>A device that should answer gets {@link #answering} settings (SNMP; {@link #NUT_TIMEOUT_MS}
 * for upsd): timeouts and a deadline.ms far beyond any answer, so a slow machine never turns an answer into an error.
 * Short timeouts stay only where the test expects silence, which a slow machine cannot break.</li>
 * <li>An answer that must come by a deadline is asserted against {@link #bound}: the deadline
 * plus {@link #ROOM_MS}, room for a loaded machine, not a speed. The test then makes what it
 * guards against (the call without the deadline) take far longer than that bound, so it can still
 * fail. Speed itself is measured by {@code bench/run}, never asserted.</li>
 * <li>Waiting for a peer's state is {@link #await}: polled until it holds, with a cap of minutes
 * that only a broken peer reaches.</li>
 * </ul>
 */
public final class Patience {
    private Patience() {
    }

    /** snmp.timeout.ms for a device that should answer: snmpsim took over 3 s a response on a loaded machine. */
    public static final long SNMP_TIMEOUT_MS = 10_000;
    /** snmp.retries with {@link #SNMP_TIMEOUT_MS}: one more try, for a datagram that was lost after all. */
    public static final int SNMP_RETRIES = 1;
    /** nut.timeout.ms for an upsd that should answer. */
    public static final long NUT_TIMEOUT_MS = 10_000;
    /** deadline.ms for a call whose device should answer: it also counts a JVM's start in tests of launchers. */
    public static final long DEADLINE_MS = 300_000;
    /**
     * Room on top of a deadline for an answer on a loaded machine: a JVM's start, scheduling and
     * garbage collection, which took up to a minute at load 25 (see DevicesIT). What a test asserts
     * against it must take far longer without the deadline.
     */
    public static final long ROOM_MS = 30_000;
    /** How long {@link #await} polls before it gives up: only a broken peer takes this long. */
    public static final long AWAIT_CAP_MS = 180_000;

    /**
     * Configuration lines for an SNMP device that should answer (generous SNMP timeouts, a
     * deadline far beyond them), then {@code more}, which override them (a later line wins).
     */
    public static String[] answering(String... more) {
        List<String> lines = new ArrayList<>(List.of("snmp.timeout.ms=" + SNMP_TIMEOUT_MS,
                "snmp.retries=" + SNMP_RETRIES, "deadline.ms=" + DEADLINE_MS));
        lines.addAll(Arrays.asList(more));
        return lines.toArray(new String[0]);
    }

    /**
     * Configuration lines for an upsd that should answer (a generous nut.timeout.ms, a deadline far
     * beyond it), then {@code more}, which override them.
     */
    public static String[] answeringOverNut(String... more) {
        List<String> lines = new ArrayList<>(List.of("nut.timeout.ms=" + NUT_TIMEOUT_MS, "deadline.ms=" + DEADLINE_MS));
        lines.addAll(Arrays.asList(more));
        return lines.toArray(new String[0]);
    }

    /** The wall time by which an answer due at {@code deadlineMs} must have come, on any machine. */
    public static long bound(long deadlineMs) {
        return deadlineMs + ROOM_MS;
    }

    /** Milliseconds since a {@link System#nanoTime()} reading. */
    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    /**
     * Waits until {@code condition} holds, polling every 50 ms, and fails naming {@code what} if
     * it does not within {@link #AWAIT_CAP_MS}.
     */
    public static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AWAIT_CAP_MS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + AWAIT_CAP_MS / 1000 + " s in vain for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
