package net.dcihandlers.packaging;

import net.dcihandlers.sim.SimulatedSwitch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The scripts developers run before each landing: .ci/loaded (a command beside busy loops) and the
 * demo's checker, demo/check, which must fail on what differs (a checker that cannot fail would
 * make a demo that always passes).
 */
class DeveloperScriptsIT {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static Path tmp;

    @BeforeAll
    static void scratch() throws IOException {
        tmp = Dist.newScratch("DeveloperScriptsIT");
    }

    @AfterAll
    static void clean() throws IOException {
        Dist.deleteTree(tmp);
    }

    private static boolean installed(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /**
     * shellcheck is not required to build; where it is installed, the demo, .ci/loaded and the
     * build's own script must pass it.
     */
    @Test
    void theDemoAndCiScriptsPassShellcheckWhereItIsInstalled() {
        Assumptions.assumeTrue(installed("shellcheck"), "shellcheck is not installed");
        Dist.Result r = Dist.run(List.of("shellcheck", "-s", "bash", "demo/run", ".ci/loaded"),
                Dist.cleanEnv(), REPO, (String) null);
        assertEquals(0, r.exit(), r::describe);
        Dist.Result build = Dist.run(List.of("shellcheck", "-s", "sh", "packaging/src/build/stage.sh"),
                Dist.cleanEnv(), REPO, (String) null);
        assertEquals(0, build.exit(), build::describe);
    }

    @Test
    void loadedRunsTheCommandBesideTwoLoopsPerCoreAndExitsWithItsStatus() {
        String marker = "loaded-" + UUID.randomUUID();
        Dist.Result r = Dist.run(List.of(".ci/loaded", "sh", "-c", "echo \"$0\"; exit 3", marker), Dist.cleanEnv(), REPO,
                (String) null);
        assertEquals(3, r.exit(), r::describe);
        assertEquals(marker + "\n", r.stdout(), "the command ran, and alone wrote stdout");
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        assertTrue(r.stderr().contains("loaded: " + loops + " busy loops on "), r::describe);
        assertEquals(List.of(), processesNaming(marker), "no loop outlives the script");

        Dist.Result none = Dist.run(List.of(".ci/loaded"), Dist.cleanEnv(), REPO, (String) null);
        assertEquals(2, none.exit(), none::describe);
    }

    @Test
    void theLoopsStopByThemselvesWhenTheScriptIsKilled() throws Exception {
        String marker = "loaded-" + UUID.randomUUID();
        // a shell that waits, named by the marker ($0); its sleeps are short, so none outlives the test long
        Process loaded = new ProcessBuilder(".ci/loaded", "sh", "-c", "while :; do sleep 1; done", marker)
                .directory(REPO.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int loops = 2 * Runtime.getRuntime().availableProcessors();
            // the script, its loops (forks of it) and the waiting shell all carry the marker
            awaitProcesses(marker, n -> n == loops + 2, "the script, " + loops + " loops and the shell");
            loaded.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            awaitProcesses(marker, n -> n <= 1, "only the shell left once the loops noticed");
        } finally {
            for (ProcessHandle p : handlesNaming(marker)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theCheckerPassesWhatHoldsAndFailsWhatDiffersNamingTheCase() throws IOException {
        Path answer = Files.writeString(tmp.resolve("answer.xml"), "<doc><hostname>sw1</hostname>"
                + "<port><identity>1</identity><admin_status>on</admin_status><rxbytes>64000</rxbytes>"
                + "<txbytes>6400</txbytes><rxpackets>100</rxpackets><txpackets>100</txpackets></port>"
                + "<port><identity>2</identity><admin_status>off</admin_status><rxbytes>10</rxbytes>"
                + "<txbytes>0</txbytes><rxpackets>5</rxpackets><txpackets>0</txpackets></port></doc>");
        assertOk(check("as it is", answer, "hostname=sw1", "ports=1-2", "2.admin_status=off", "*.admin_status=on"));
        assertFails(check("a port too few", answer, "ports=1-3"), "ports 1,2, expected 1-3");
        assertFails(check("a * field", answer, "*.admin_status=on"), "port 2 admin_status is off, expected on");
        assertFails(check("counters", answer, "counters=plausible"), "port 2: 10 rx octets in 5 packets");
        assertFails(check("an error intended", answer, "error=connection"), "an answer where the connection error was intended");
        assertFails(check("another exit status", answer, "--status", "1"), "exit status 1, expected 0");

        Path error = Files.writeString(tmp.resolve("error.xml"),
                "<doc><error><type>connection</type><text>no answer from 10.0.0.2</text></error></doc>");
        Dist.Result intended = check("refused", error, "error=connection", "text~no answer");
        assertOk(intended);
        assertTrue(intended.stdout().contains("(the intended connection error)"), intended::describe);
        assertFails(check("an error nobody wanted", error, "hostname=sw1"), "an error answer (connection): no answer from");
        assertFails(check("half a document", Files.writeString(tmp.resolve("half.xml"), "<doc><port>")),
                "not one well-formed document");
    }

    @Test
    void theCheckerComparesWithWhatTheDeviceHoldsReadByNetSnmp() throws IOException {
        Assumptions.assumeTrue(installed("snmpget") && installed("snmpbulkwalk"), "net-snmp's tools (Debian package snmp) are not installed");
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(2).start()) {
            Path answer = Files.writeString(tmp.resolve("device.xml"), "<doc><port><identity>1</identity>"
                    + "<admin_status>on</admin_status></port><port><identity>2</identity>"
                    + "<admin_status>off</admin_status></port></doc>");
            assertFails(check("before the change", answer, "--device", sw.address(), "*.admin_status=@ifAdminStatus"),
                    "port 2 admin_status is off, expected on (the device's ifAdminStatus)");
            sw.setAdminStatus(2, 2);
            assertOk(check("after the change", answer, "--device", sw.address(), "*.admin_status=@ifAdminStatus",
                    "@ifAdminStatus.2=off"));
            assertFails(check("a device reading", answer, "--device", sw.address(), "@ifAdminStatus.1=off"),
                    "the device holds ifAdminStatus.1 = on, expected off");
        }
    }

    private static Dist.Result check(String name, Path answer, String... expectations) {
        List<String> command = new ArrayList<>(List.of("python3", "demo/check", name, answer.toString()));
        command.addAll(List.of(expectations));
        return Dist.run(command, Dist.cleanEnv(), REPO, (String) null);
    }

    private static void assertOk(Dist.Result r) {
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.stdout().startsWith("  ok    "), r::describe);
    }

    private static void assertFails(Dist.Result r, String says) {
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.stdout().startsWith("  FAIL  "), r::describe);
        assertTrue(r.stdout().contains(says), () -> "expected '" + says + "':\n" + r.describe());
    }

    private static List<ProcessHandle> handlesNaming(String marker) {
        return ProcessHandle.allProcesses().filter(p -> cmdline(p).contains(marker)).toList();
    }

    private static List<String> processesNaming(String marker) {
        return handlesNaming(marker).stream().map(p -> p.pid() + " " + cmdline(p)).toList();
    }

    /** /proc/PID/cmdline: ProcessHandle.Info leaves the arguments out for processes of other users. */
    private static String cmdline(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void awaitProcesses(String marker, java.util.function.IntPredicate count, String what)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (count.test(handlesNaming(marker).size())) {
                return;
            }
            Thread.sleep(100);
        }
        fail("waited 120 s for " + what + "; processes now: " + processesNaming(marker));
    }
}
