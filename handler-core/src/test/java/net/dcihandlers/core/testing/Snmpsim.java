package net.dcihandlers.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * snmpsim replaying recordings on loopback. Each recording is served under the community of its
 * file name. Responses carry at most 64 bindings, as snmpsim's default.
 */
public final class Snmpsim implements AutoCloseable {
    /** The Catalyst 3750 walk that ships with Debian's snmpsim (sysName Profiler3750). */
    public static final Path CATALYST_3750 = Path.of("/usr/share/doc/snmpsim/examples/data/cisco_16_switch.snmprec.gz");

    private final Path dir;
    private final Process process;
    private final int port;

    private Snmpsim(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts snmpsimd with the given recordings: community name -> .snmprec file (a .gz is
     * unpacked) .
     */
    public static Snmpsim start(Map<String, Path> recordings) {
        Path bin = Peers.require("snmpsimd", "snmpsim");
        try {
            Path dir = Files.createTempDirectory("snmpsim");
            Path data = Files.createDirectories(dir.resolve("data"));
            Path cache = Files.createDirectories(dir.resolve("cache"));
            for (Map.Entry<String, Path> r : recordings.entrySet()) {
                Path src = r.getValue();
                if (!Files.exists(src)) {
                    throw new AssertionError("recording " + src + " is missing (Debian package snmpsim ships the examples)");
                }
                Path dst = data.resolve(r.getKey() + ".snmprec");
                if (src.toString().endsWith(".gz")) {
                    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(src))) {
                        Files.copy(in, dst);
                    }
                } else {
                    Files.copy(src, dst);
                }
            }
            for (Path p : List.of(dir, data, cache)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            int port = Peers.freeUdpPort();
            List<String> argv = new ArrayList<>(List.of(bin.toString(), "--data-dir=" + data, "--cache-dir=" + cache,
                    "--agent-udpv4-endpoint=127.0.0.1:" + port, "--logging-method=stderr"));
            if ("root".equals(System.getProperty("user.name"))) {
                argv.add("--process-user=nobody");
                argv.add("--process-group=nogroup");
            }
            Process p = Peers.start(dir.resolve("snmpsim.log"), argv);
            Snmpsim s = new Snmpsim(dir, p, port);
            s.awaitReady(recordings.keySet().iterator().next());
            return s;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until snmpsimd answers, which takes seconds on a loaded machine (it indexes the
     * recordings first): each probe waits long enough for a slow answer, so none is missed.
     */
    private void awaitReady(String community) {
        Patience.await("snmpsimd to answer on " + address(), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("snmpsimd exited: " + log());
            }
            return Peers.run(30, "snmpget", "-v2c", "-c", community, "-t", "5", "-r", "0", "-On",
                    address(), "1.3.6.1.2.1.1.1.0").exit() == 0;
        });
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("snmpsim.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    public int port() {
        return port;
    }

    /** The ip value a request uses to reach this simulator. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        Peers.stop(process);
        Peers.deleteTree(dir);
    }
}
