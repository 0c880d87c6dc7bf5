package net.dcihandlers.core.tool;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool (ipmitool) the safe way: an argument list and never a shell, secrets only
 * through the environment, stdin closed so nothing can prompt, output captured up to a bound, and
 * a time limit after which the child and everything it started are killed. Every child is started
 * through {@link Children}, so none outlives the handler.
 */
public final class ToolRun {
    static final int MAX_OUTPUT = 256 * 1024;
    /** How long a killed tool is waited for before the call goes on regardless. */
    static final long KILL_WAIT_MS = 500;

    private ToolRun() {
    }

    /** What the tool did. */
    public record Result(int exit, String stdout, String stderr, long millis) {
    }

    /**
     * The tool ran and was killed at its time limit: whatever it was asked to do may or may not
     * have reached the device, unlike a tool that could not be started at all.
     */
    public static final class Unfinished extends HandlerException {
        Unfinished(String message) {
            super(net.dcihandlers.core.protocol.ErrorType.CONNECTION, message);
        }
    }

    /** Whether a failure (or its cause) is a tool killed at its time limit. */
    public static boolean unfinished(HandlerException e) {
        return e instanceof Unfinished || e.getCause() instanceof Unfinished;
    }

    /**
     * @param argv    the program and its arguments; no element may hold a secret
     * @param env     variables added to the child's environment (secrets go here)
     * @param timeoutMillis how long the tool may run
     */
    public static Result run(List<String> argv, Map<String, String> env, long timeoutMillis, Trace trace)
            throws HandlerException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv));
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = Children.start(pb);
        } catch (IOException e) {
            throw HandlerException.badData("cannot run " + argv.get(0) + ": " + reason(e)
                    + "; install it or point the configuration at it");
        }
        Capture out = new Capture(p.getInputStream());
        Capture err = new Capture(p.getErrorStream());
        out.start();
        err.start();
        boolean finished;
        try {
            finished = p.waitFor(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            Children.kill(p, KILL_WAIT_MS);
            long ms = (System.nanoTime() - t0) / 1_000_000L;
            trace.line("ran " + quoted(argv) + " -> killed after " + ms + " ms");
            throw new Unfinished(argv.get(0) + " did not finish within " + timeoutMillis
                    + " ms and was stopped: the device is slow or unreachable");
        }
        try {
            out.join(1000);
            err.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000L;
        Result r = new Result(p.exitValue(), out.text(), err.text(), ms);
        trace.line("ran " + quoted(argv) + " -> exit " + r.exit() + " in " + ms + " ms"
                + (r.stderr().isBlank() ? "" : "; stderr: " + r.stderr().strip().replace('\n', '|')));
        return r;
    }

    /** The argv as a shell would need it typed, so a trace reads unambiguously (it is never run by one). */
    static String quoted(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String a : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:@%+=,-]+")) {
                b.append(a);
            } else {
                b.append('\'').append(a.replace("'", "'\\''")).append('\'');
            }
        }
        return b.toString();
    }

    private static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("error=2")) {
            return "no such file";
        }
        if (m.contains("error=13")) {
            return "permission denied";
        }
        return m;
    }

    private static final class Capture extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Capture(InputStream in) {
            super("tool-output");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            byte[] b = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(b)) > 0) {
                    synchronized (buf) {
                        if (buf.size() < MAX_OUTPUT) {
                            buf.write(b, 0, Math.min(n, MAX_OUTPUT - buf.size()));
                        }
                    }
                }
            } catch (IOException ignored) {
                // the child went away; what was read is what there is
            }
        }

        String text() {
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
