package net.dcihandlers.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Network UPS Tools' real upsd on loopback, serving UPSes simulated by the dummy-ups driver whose
 * values a test changes while it runs (the recipe of PEERS.md). Each UPS's values live in a
 * {@code NAME.dev} file of {@code name: value} lines; {@link #set} rewrites it and waits until upsd
 * serves the new values, as {@code upsc} (an independent client) sees them.
 *
 * <pre>{@code
 * try (Upsd upsd = Upsd.builder().ups("rack1", Map.of("ups.status", "OL", "input.voltage", "229.0"))
 *         .user("monitor", "s3cret").start()) {
 *     call the handler with upsd.target("rack1")   // rack1@127.0.0.1:PORT
 *     upsd.set("rack1", Map.of("ups.status", "OB DISCHRG"));
 * }
 * }</pre>
 *
 * The drivers and upsd run in the foreground as children of the test (no daemons left behind),
 * with NUT_CONFPATH and NUT_STATEPATH in a temporary folder, on a free TCP port of 127.0.0.1 (and
 * of ::1 with {@link Builder#ipv6()}). Packages: nut-server (upsd, dummy-ups), nut-client (upsc).
 */
public final class Upsd implements AutoCloseable {
    /** How long upsd may take to serve a change (dummy-ups polls its file every second here). */
    private static final long CHANGE_TIMEOUT_MS = Patience.AWAIT_CAP_MS;
    private static final long START_TIMEOUT_MS = Patience.AWAIT_CAP_MS;

    private final Path dir;
    private final int port;
    private final Map<String, Map<String, String>> values;
    /** The modification time, in seconds, each UPS's file was last given. */
    private final Map<String, Long> written;
    private final List<Process> processes;
    private final Path upsc;

    private Upsd(Path dir, int port, Map<String, Map<String, String>> values, Map<String, Long> written,
                 List<Process> processes, Path upsc) {
        this.dir = dir;
        this.port = port;
        this.values = values;
        this.written = written;
        this.processes = processes;
        this.upsc = upsc;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:PORT}: upsd alone, without a UPS name. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** {@code ups@127.0.0.1:PORT}, as upsc takes it. */
    public String target(String ups) {
        return ups + "@" + address();
    }

    /** The values now in a UPS's file. */
    public synchronized Map<String, String> values(String ups) {
        return Map.copyOf(known(ups));
    }

    /** Changes one value of a UPS and waits until upsd serves it. */
    public void set(String ups, String variable, String value) {
        set(ups, Map.of(variable, value));
    }

    /**
     * Changes values of a UPS (others keep theirs) and waits until upsd serves all of them. A
     * variable cannot be taken away again once served: dummy-ups only ever updates.
     */
    public synchronized void set(String ups, Map<String, String> changes) {
        known(ups).putAll(changes);
        written.put(ups, writeDev(dir, ups, known(ups), written.getOrDefault(ups, 0L)));
        long end = System.currentTimeMillis() + CHANGE_TIMEOUT_MS;
        for (Map.Entry<String, String> c : changes.entrySet()) {
            while (!c.getValue().equals(served(ups, c.getKey()))) {
                if (System.currentTimeMillis() > end) {
                    throw new AssertionError("upsd did not serve " + ups + " " + c.getKey() + "=" + c.getValue()
                            + " within " + CHANGE_TIMEOUT_MS + " ms: " + logs());
                }
                pause(100);
            }
        }
    }

    /** What upsc reads for a variable now, or null if upsc fails. */
    public String served(String ups, String variable) {
        Peers.Out o = Peers.run(60, upsc.toString(), target(ups), variable);
        return o.exit() == 0 ? o.stdout().strip() : null;
    }

    private Map<String, String> known(String ups) {
        Map<String, String> v = values.get(ups);
        if (v == null) {
            throw new IllegalArgumentException("upsd serves no UPS '" + ups + "'; it has " + values.keySet());
        }
        return v;
    }

    /** The drivers' and upsd's output, for failure messages. */
    public String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                b.append("\n--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        } catch (IOException e) {
            b.append("(no logs: ").append(e.getMessage()).append(')');
        }
        return b.toString();
    }

    @Override
    public void close() {
        // upsd first, so that it does not log the drivers going away as an error a test might see
        for (int i = processes.size() - 1; i >= 0; i--) {
            Peers.stop(processes.get(i));
        }
        Peers.deleteTree(dir);
    }

    /**
     * Writes a UPS's file with a modification time in whole seconds later than the last one's:
     * dummy-ups re-reads the file when st_mtime, in seconds, differs from what it read, so two
     * changes within one second would otherwise go unseen.
     *
     * @return the modification time given, in seconds
     */
    private static long writeDev(Path dir, String ups, Map<String, String> vars, long lastSecond) {
        StringBuilder b = new StringBuilder();
        vars.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        long second = Math.max(System.currentTimeMillis() / 1000, lastSecond + 1);
        try {
            // written beside and moved in, so the driver never reads half a file
            Path tmp = dir.resolve(ups + ".dev.tmp");
            Files.writeString(tmp, b);
            Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.from(second, java.util.concurrent.TimeUnit.SECONDS));
            Files.move(tmp, dir.resolve(ups + ".dev"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("cannot write " + ups + ".dev", e);
        }
        return second;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Configures the UPSes and users; {@link #start()} starts the drivers and upsd. */
    public static final class Builder {
        private final Map<String, Map<String, String>> upses = new LinkedHashMap<>();
        private final List<String[]> users = new ArrayList<>();
        private boolean ipv6;

        private Builder() {
        }

        /** A UPS and its first values (ups.status, input.voltage ...), in the order given. */
        public Builder ups(String name, Map<String, String> vars) {
            upses.put(name, new LinkedHashMap<>(vars));
            return this;
        }

        /**
         * A user of upsd.users with the given role line ({@code upsmon secondary}, or
         * {@code actions = SET} for a user that may not log in to a UPS).
         */
        public Builder user(String name, String password, String role) {
            users.add(new String[] {name, password, role});
            return this;
        }

        /** A user with the upsmon secondary role, which upsd lets log in (LOGIN). */
        public Builder user(String name, String password) {
            return user(name, password, "upsmon secondary");
        }

        /** Also listen on ::1. */
        public Builder ipv6() {
            ipv6 = true;
            return this;
        }

        public Upsd start() {
            if (upses.isEmpty()) {
                throw new IllegalArgumentException("upsd needs at least one UPS");
            }
            Path dummyUps = Peers.require("dummy-ups", "nut-server");
            // the real daemon beside the drivers: /usr/sbin/upsd is a wrapper that wants MODE in /etc/nut/nut.conf
            Path upsd = dummyUps.resolveSibling("upsd");
            Path upsc = Peers.require("upsc", "nut-client");
            Path dir;
            Map<String, Long> written = new java.util.HashMap<>();
            try {
                dir = Files.createTempDirectory("upsd");
                Files.createDirectories(dir.resolve("state"));
                int port = freeTcpPort();
                StringBuilder upsConf = new StringBuilder();
                for (Map.Entry<String, Map<String, String>> u : upses.entrySet()) {
                    upsConf.append('[').append(u.getKey()).append("]\n  driver = dummy-ups\n  port = ")
                            .append(u.getKey()).append(".dev\n  desc = \"simulated ").append(u.getKey())
                            .append("\"\n  pollinterval = 1\n");
                    written.put(u.getKey(), writeDev(dir, u.getKey(), u.getValue(), 0));
                }
                Files.writeString(dir.resolve("ups.conf"), upsConf);
                Files.writeString(dir.resolve("upsd.conf"), "LISTEN 127.0.0.1 " + port + "\n"
                        + (ipv6 ? "LISTEN ::1 " + port + "\n" : ""));
                StringBuilder usersConf = new StringBuilder();
                for (String[] u : users) {
                    usersConf.append('[').append(u[0]).append("]\n  password = \"")
                            .append(u[1].replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n  ")
                            .append(u[2]).append('\n');
                }
                Path usersFile = dir.resolve("upsd.users");
                Files.writeString(usersFile, usersConf);
                Files.setPosixFilePermissions(usersFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

                List<Process> processes = new ArrayList<>();
                Upsd started = new Upsd(dir, port, upses, written, processes, upsc);
                boolean root = "root".equals(System.getProperty("user.name"));
                try {
                    for (String name : upses.keySet()) {
                        processes.add(startNut(dir, name + ".log", root, dummyUps.toString(), "-a", name, "-F"));
                    }
                    processes.add(startNut(dir, "upsd.log", root, upsd.toString(), "-F"));
                    started.awaitReady();
                } catch (RuntimeException | Error e) {
                    started.close();
                    throw e;
                }
                return started;
            } catch (IOException e) {
                throw new AssertionError("cannot set up upsd: " + e.getMessage(), e);
            }
        }

        private static Process startNut(Path dir, String log, boolean root, String... argv) throws IOException {
            List<String> command = new ArrayList<>(List.of(argv));
            if (root) {
                // NUT drops root for its own user by default, which could not read this folder
                command.add("-u");
                command.add("root");
            }
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("NUT_CONFPATH", dir.toString());
            pb.environment().put("NUT_STATEPATH", dir.resolve("state").toString());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.redirectErrorStream(true);
            pb.redirectOutput(dir.resolve(log).toFile());
            return pb.start();
        }

        private static int freeTcpPort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }
    }

    /**
     * Waits until upsd serves every UPS's first values: until its driver has read the file, upsd
     * serves ups.status WAIT.
     */
    private void awaitReady() {
        long end = System.currentTimeMillis() + START_TIMEOUT_MS;
        for (Map.Entry<String, Map<String, String>> ups : values.entrySet()) {
            for (Map.Entry<String, String> v : ups.getValue().entrySet()) {
                while (!v.getValue().equals(served(ups.getKey(), v.getKey()))) {
                    for (Process p : processes) {
                        if (!p.isAlive()) {
                            throw new AssertionError("a NUT process exited (exit " + p.exitValue() + "): " + logs());
                        }
                    }
                    if (System.currentTimeMillis() > end) {
                        throw new AssertionError("upsd did not serve " + ups.getKey() + " " + v.getKey() + "="
                                + v.getValue() + " within " + START_TIMEOUT_MS + " ms: " + logs());
                    }
                    pause(100);
                }
            }
        }
    }
}
