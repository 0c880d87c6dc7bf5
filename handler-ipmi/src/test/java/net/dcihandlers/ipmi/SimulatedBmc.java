package net.dcihandlers.ipmi;

import net.dcihandlers.core.testing.Patience;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A BMC on loopback: OpenIPMI's ipmi_sim, speaking RMCP and RMCP+ on a free UDP port, with a
 * chassis script that keeps the server's power in a file. Tests read that file to see what really
 * happened to the "server", and can make the chassis slow or deaf to power commands.
 */
final class SimulatedBmc implements AutoCloseable {
    static final String USER = "admin";
    static final String PASSWORD = "s3cr3t-Pw9";

    private static final String CHASSIS_SCRIPT = """
            #!/bin/sh
            # ipmi_sim calls: chassis.sh 0x20 get power | chassis.sh 0x20 set power 0|1 | chassis.sh 0x20 set reset 1
            cd "$(dirname "$0")" || exit 1
            op=$2
            shift 2
            case "$op" in
            get)
              out=""
              for item in "$@"; do
                case "$item" in
                  power) out="$out power:$(cat power)" ;;
                esac
              done
              echo $out ;;
            set)
              while [ $# -ge 2 ]; do
                case "$1" in
                  power)
                    if [ -e stuck ]; then
                      :
                    elif [ -s delay ]; then
                      ( sleep "$(cat delay)"; echo "$2" > power.tmp && mv power.tmp power ) >/dev/null 2>&1 &
                    else
                      echo "$2" > power.tmp && mv power.tmp power
                    fi ;;
                  reset) echo reset >> resets ;;
                esac
                shift 2
              done ;;
            esac
            exit 0
            """;

    private final Path dir;
    private final int port;
    private final Process process;

    private SimulatedBmc(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts a simulated BMC with the server powered off, and waits until it answers. */
    static SimulatedBmc start() throws IOException, InterruptedException {
        Path ipmiSim = Programs.require("ipmi_sim", "openipmi");
        Path ipmitool = Programs.require("ipmitool", "ipmitool");
        Path dir = Files.createTempDirectory("dci-ipmi-sim");
        Path chassis = dir.resolve("chassis.sh");
        Files.writeString(chassis, CHASSIS_SCRIPT);
        chassis.toFile().setExecutable(true);
        Files.writeString(dir.resolve("power"), "0\n");
        int port = freeUdpPort();
        Files.writeString(dir.resolve("lan.conf"), """
                name "bmc1"
                set_working_mc 0x20
                  startlan 1
                    addr 127.0.0.1 %d
                    priv_limit admin
                    allowed_auths_callback none md2 md5 straight
                    allowed_auths_user none md2 md5 straight
                    allowed_auths_operator none md2 md5 straight
                    allowed_auths_admin none md2 md5 straight
                    guid a123456789abcdefa123456789abcdef
                    lan_config_program "/bin/true"
                  endlan
                  chassis_control "%s 0x20"
                user 1 true  ""      "test"   user  10 none md2 md5 straight
                user 2 true  "%s" "%s" admin 10 none md2 md5 straight
                """.formatted(port, chassis, USER, PASSWORD));
        Files.writeString(dir.resolve("emu.cmd"), """
                mc_setbmc 0x20
                mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f 0x1291 0xf02 persist_sdr
                sel_enable 0x20 1000 0x0a
                mc_enable 0x20
                """);
        Path state = Files.createDirectories(dir.resolve("state"));
        Process p = new ProcessBuilder(ipmiSim.toString(), "-c", dir.resolve("lan.conf").toString(),
                "-f", dir.resolve("emu.cmd").toString(), "-s", state.toString(), "-n")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ipmi_sim.log").toFile())
                .start();
        SimulatedBmc bmc = new SimulatedBmc(dir, port, p);
        try {
            bmc.awaitAnswer(ipmitool);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            bmc.close();
            throw e;
        }
        return bmc;
    }

    private void awaitAnswer(Path ipmitool) throws IOException, InterruptedException {
        // ipmi_sim starts in milliseconds; a loaded machine may take far longer
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Patience.AWAIT_CAP_MS);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("ipmi_sim exited at start (" + process.exitValue() + "): " + log());
            }
            if (askIpmitool(ipmitool, "status").contains("Chassis Power is")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ipmi_sim did not answer on 127.0.0.1:" + port + " within " + Patience.AWAIT_CAP_MS / 1000 + " s: " + log());
    }

    /** {@code 127.0.0.1:port}, as DCImanager would send it in {@code ip}. */
    String address() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** The server's power as the chassis holds it. */
    boolean poweredOn() throws IOException {
        return Files.readString(dir.resolve("power")).strip().equals("1");
    }

    void power(boolean on) throws IOException {
        Path tmp = dir.resolve("power.tmp");
        Files.writeString(tmp, on ? "1\n" : "0\n");
        Files.move(tmp, dir.resolve("power"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many resets the chassis has been sent. */
    long resets() throws IOException {
        Path f = dir.resolve("resets");
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    /** Makes the chassis apply power changes only after the given seconds, as real BMCs do. */
    void applyPowerAfter(double seconds) throws IOException {
        Files.writeString(dir.resolve("delay"), Double.toString(seconds));
    }

    /** Makes the chassis accept power commands and do nothing. */
    void ignorePowerCommands() throws IOException {
        Files.writeString(dir.resolve("stuck"), "");
    }

    /** Back to a chassis that switches at once. */
    void behaveNormally() throws IOException {
        Files.deleteIfExists(dir.resolve("delay"));
        Files.deleteIfExists(dir.resolve("stuck"));
    }

    /** What the real ipmitool says about the power, asked directly rather than through the handler. */
    String ipmitoolStatus() throws IOException, InterruptedException {
        return askIpmitool(Programs.require("ipmitool", "ipmitool"), "status").strip();
    }

    private String askIpmitool(Path ipmitool, String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ipmitool.toString(), "-I", "lan", "-H", "127.0.0.1",
                "-p", Integer.toString(port), "-U", USER, "-N", "1", "-R", "1", "-E", "chassis", "power", command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("IPMI_PASSWORD", PASSWORD);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("ipmi_sim.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    /** The programs the tests need, which must be installed: their absence fails, never skips. */
    static final class Programs {
        private Programs() {
        }

        static Path require(String name, String debianPackage) {
            String path = System.getenv("PATH");
            for (String d : List.of((path == null ? "" : path).split(File.pathSeparator))) {
                if (d.isEmpty()) {
                    continue;
                }
                Path p = Path.of(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
            throw new AssertionError(name + " is not installed (not on PATH " + path
                    + "); these tests need it: apt-get install " + debianPackage + " (Debian package " + debianPackage + ")");
        }
    }
}
