package net.dcihandlers.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real devices tests run against (net-snmp, snmpsim, ipmi_sim, upsd) and the commands that
 * drive them. A missing peer fails the test with the Debian package to install; only with
 * {@code -Ddci.peers=optional} is it skipped instead, and then loudly, on stderr.
 */
public final class Peers {
    private Peers() {
    }

    /** Fails (or, with -Ddci.peers=optional, skips loudly) unless the program is installed. */
    public static Path require(String program, String debianPackage) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin",
                "/lib/nut", "/usr/lib/nut")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        missing(program + " is not installed (Debian package " + debianPackage + "; .ci/run installs it)");
        return null;
    }

    /** Fails (or skips loudly) unless the tests run as root, which network namespaces need. */
    public static void requireRoot(String why) {
        if (!"root".equals(System.getProperty("user.name"))) {
            missing(why + " needs root (network namespaces); run the tests as root, as .ci/run does");
        }
    }

    private static void missing(String message) {
        if ("optional".equals(System.getProperty("dci.peers"))) {
            System.err.println("*** SKIPPED: " + message + " ***");
            Assumptions.abort(message);
        }
        throw new AssertionError(message);
    }

    /** Output and status of a command run to completion. */
    public record Out(int exit, String stdout, String stderr) {
        public Out ok() {
            if (exit != 0) {
                throw new AssertionError("command failed (" + exit + "): " + stderr + stdout);
            }
            return this;
        }
    }

    /** Runs a command (an argument list, no shell) and waits at most the given seconds. */
    public static Out run(int seconds, String... argv) {
        try {
            ProcessBuilder pb = new ProcessBuilder(argv);
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Path out = Files.createTempFile("peer", ".out");
            Path err = Files.createTempFile("peer", ".err");
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("command did not finish in " + seconds + " s: " + String.join(" ", argv));
            }
            Out o = new Out(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return o;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + argv[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts a long-running peer with its output in a log file. */
    public static Process start(Path log, List<String> argv) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv));
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.redirectErrorStream(true);
            pb.redirectOutput(log.toFile());
            return pb.start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** A UDP port free on loopback right now. */
    public static int freeUdpPort() {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Stops a peer and everything it started. */
    public static void stop(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a folder tree, ignoring what is already gone. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
