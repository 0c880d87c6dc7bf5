package net.dcihandlers.core;

/** The time left for the whole request. */
public final class Deadline {
    private final long endNanos;
    private final long budgetMillis;

    private Deadline(long endNanos, long budgetMillis) {
        this.endNanos = endNanos;
        this.budgetMillis = budgetMillis;
    }

    public static Deadline in(long millis) {
        return new Deadline(System.nanoTime() + millis * 1_000_000L, millis);
    }

    /**
     * A deadline of {@code millis} counted from {@code startNanos} (a {@link System#nanoTime()}
     * reading, possibly in the past: the moment the launcher started).
     */
    public static Deadline from(long startNanos, long millis) {
        return new Deadline(startNanos + millis * 1_000_000L, millis);
    }

    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L);
    }

    public boolean expired() {
        return System.nanoTime() >= endNanos;
    }

    public long budgetMillis() {
        return budgetMillis;
    }

    /** Throws a connection error naming what was being waited for, once the time is up. */
    public void check(String waitingFor) throws HandlerException {
        if (expired()) {
            throw HandlerException.connection("no answer within the " + budgetMillis
                    + " ms deadline while " + waitingFor + " (deadline.ms)");
        }
    }
}
