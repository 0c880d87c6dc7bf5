package net.dcihandlers.core.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The processes a handler starts, so that none outlives it: a BMC that hangs must not leave
 * {@code ipmitool ... chassis power off} running after the panel was told the call failed, with
 * the password in its environment. Every process is started here, and when the handler ends (its
 * answer, its deadline, a signal) {@link #endAll} kills what is left with SIGKILL, which no process
 * can trap, and waits until it is gone.
 *
 * <p>What is left is found two ways: the descendants of this process, and any process whose
 * environment carries this call's mark ({@value #MARK}). Every child gets the mark and passes it
 * on, so a grandchild that outlived its parent (and now hangs under init) is found too.
 */
public final class Children {
    /** The environment variable that marks the processes started for this call. */
    public static final String MARK = "DCI_HANDLER_CALL";
    /** How long {@link #endAll} waits for the killed processes to be gone. */
    static final long GONE_WITHIN_MS = 2000;

    private static boolean ending;
    private static volatile boolean started;

    private Children() {
    }

    /**
     * This call's mark, made when first needed: ProcessHandle's set-up starts a thread pool, which
     * a call that starts no process (every SNMP call, -info) need not pay for.
     */
    private static final class Token {
        static final String VALUE = ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);

        private Token() {
        }
    }

    /** This call's mark, as the value of {@link #MARK}. */
    static String token() {
        return Token.VALUE;
    }

    /**
     * Starts a process, marked as this call's. Refused once the handler is ending, so that nothing
     * started in the last moment escapes {@link #endAll}.
     */
    static synchronized Process start(ProcessBuilder pb) throws IOException {
        if (ending) {
            throw new IOException("the handler is ending; nothing more is started");
        }
        pb.environment().put(MARK, Token.VALUE);
        started = true;
        return pb.start();
    }

    /** Kills a process and its descendants now (SIGKILL) and waits a little for them to be gone. */
    static void kill(Process p, long waitMillis) {
        List<ProcessHandle> doomed = new ArrayList<>();
        p.descendants().forEach(doomed::add);
        doomed.add(p.toHandle());
        doomed.forEach(ProcessHandle::destroyForcibly);
        awaitGone(doomed, waitMillis);
    }

    /**
     * Kills every process this one started and all their descendants, including marked ones that
     * left this process's tree, and returns once they are gone (or after {@value #GONE_WITHIN_MS}
     * ms, should one hang in the kernel). Nothing is started afterwards. The class-data training
     * the launcher may start in the background is no descendant: the launcher detaches it.
     */
    public static void endAll() {
        synchronized (Children.class) {
            ending = true;
        }
        if (!started) {
            // every process a handler starts is started here: none was, so none is left
            return;
        }
        Map<Long, ProcessHandle> killed = new LinkedHashMap<>();
        // a process may fork while its relatives are being killed: look again until none is left
        for (int round = 0; round < 5; round++) {
            List<ProcessHandle> found = new ArrayList<>();
            ProcessHandle.current().descendants().forEach(found::add);
            found.addAll(marked());
            found.removeIf(h -> !alive(h));
            if (found.isEmpty()) {
                break;
            }
            for (ProcessHandle h : found) {
                h.destroyForcibly();
                killed.put(h.pid(), h);
            }
        }
        awaitGone(new ArrayList<>(killed.values()), GONE_WITHIN_MS);
    }

    /** The processes other than this one whose environment carries this call's mark. */
    static List<ProcessHandle> marked() {
        byte[] mark = (MARK + "=" + Token.VALUE + "\0").getBytes(StandardCharsets.US_ASCII);
        List<ProcessHandle> out = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path dir : procs) {
                long pid;
                try {
                    pid = Long.parseLong(dir.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == self) {
                    continue;
                }
                byte[] env;
                try {
                    env = Files.readAllBytes(dir.resolve("environ"));
                } catch (IOException | SecurityException e) {
                    continue; // gone meanwhile, or not ours to read
                }
                if (contains(env, mark)) {
                    Optional<ProcessHandle> h = ProcessHandle.of(pid);
                    h.ifPresent(out::add);
                }
            }
        } catch (IOException | SecurityException e) {
            // no /proc: the descendants are all that can be found
        }
        return out;
    }

    private static boolean contains(byte[] env, byte[] mark) {
        // entries are NUL-separated; a match must start an entry
        outer:
        for (int i = 0; i + mark.length <= env.length; i++) {
            if (i > 0 && env[i - 1] != 0) {
                continue;
            }
            for (int j = 0; j < mark.length; j++) {
                if (env[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a process still runs. A zombie (killed, waiting for its parent to collect it) does
     * not: it holds no memory, runs nothing and its environment is gone.
     */
    static boolean alive(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            char state = close >= 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (IOException | SecurityException e) {
            return !Files.isDirectory(Path.of("/proc")) && h.isAlive();
        }
    }

    private static void awaitGone(List<ProcessHandle> doomed, long waitMillis) {
        long end = System.nanoTime() + waitMillis * 1_000_000L;
        for (ProcessHandle h : doomed) {
            while (alive(h) && System.nanoTime() < end) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
