package net.dcihandlers.core;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostic trace: one line per step, on stderr with {@code -v}, and kept for the log file
 * when {@code log.file} asks for it. Every line is scrubbed of the request's secrets before it is
 * written or kept, so that no code path can leak one through the trace.
 */
public final class Trace {
    private static final Trace OFF = new Trace(null);

    private final PrintStream sink;
    private final long start = System.nanoTime();
    private final List<String> secrets = new ArrayList<>();
    private List<String> kept;

    private Trace(PrintStream sink) {
        this.sink = sink;
    }

    /** A trace to the given stream, or to none (null) until {@link #keep()} is called. */
    public static Trace to(PrintStream sink) {
        return new Trace(sink);
    }

    public static Trace off() {
        return OFF;
    }

    public boolean on() {
        return sink != null || kept != null;
    }

    /** Keeps the lines from now on, for the log file. */
    public synchronized void keep() {
        if (this != OFF && kept == null) {
            kept = new ArrayList<>();
        }
    }

    /** The lines kept so far. */
    public synchronized List<String> kept() {
        return kept == null ? List.of() : List.copyOf(kept);
    }

    public long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    /** Registers values that must never appear in a trace line. */
    public void hide(List<String> values) {
        synchronized (secrets) {
            secrets.addAll(values);
        }
    }

    public void line(String text) {
        if (!on()) {
            return;
        }
        String t = String.format("[%5d ms] %s", elapsedMillis(), scrub(text));
        if (sink != null) {
            synchronized (sink) {
                sink.println(t);
            }
        }
        synchronized (this) {
            if (kept != null) {
                kept.add(t);
            }
        }
    }

    public String scrub(String text) {
        String t = text;
        synchronized (secrets) {
            for (String s : secrets) {
                if (!s.isEmpty()) {
                    t = t.replace(s, "***");
                }
            }
        }
        return t;
    }
}
