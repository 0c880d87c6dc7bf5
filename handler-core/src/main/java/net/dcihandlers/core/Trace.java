package net.dcihandlers.core;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostic trace ({@code -v}): one line per step on stderr. Every line is scrubbed of the
 * request's secrets before it is written, so that no code path can leak one through the trace.
 */
public final class Trace {
    private static final Trace OFF = new Trace(null);

    private final PrintStream sink;
    private final long start = System.nanoTime();
    private final List<String> secrets = new ArrayList<>();

    private Trace(PrintStream sink) {
        this.sink = sink;
    }

    public static Trace to(PrintStream sink) {
        return new Trace(sink);
    }

    public static Trace off() {
        return OFF;
    }

    public boolean on() {
        return sink != null;
    }

    /** Registers values that must never appear in a trace line. */
    public void hide(List<String> values) {
        if (sink != null) {
            synchronized (secrets) {
                secrets.addAll(values);
            }
        }
    }

    public void line(String text) {
        if (sink == null) {
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000L;
        String t = scrub(text);
        synchronized (sink) {
            sink.printf("[%5d ms] %s%n", ms, t);
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
