package net.dcihandlers.sim.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated Redfish BMC as a real Redfish client sees it: Debian's redfishtool (DMTF's own
 * client) logs in with a session or Basic authentication, finds the one system, reads it and
 * resets it. So the simulator cannot drift from the standard the handler is written against.
 */
class RedfishToolTest {
    private static final String USER = "rtuser";
    private static final String PASSWORD = "Rt-Pass-4711";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path tmp;
    private static Certificates certs;

    @BeforeAll
    static void setUp() throws IOException {
        tmp = Files.createTempDirectory("redfishtool-test");
        certs = Certificates.selfSigned(tmp, "bmc");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    record Out(int exit, String stdout, String stderr) {
    }

    private static Out redfishtool(RedfishBmc bmc, String auth, String... args) throws Exception {
        Path tool = Path.of("/usr/bin/redfishtool");
        if (!Files.isExecutable(tool)) {
            throw new AssertionError("redfishtool is not installed: apt-get install redfishtool (Debian package redfishtool)");
        }
        // the password goes in a configuration file, as redfishtool's -c takes it
        Path conf = Files.createTempFile(tmp, "rt", ".json");
        Files.writeString(conf, JSON.writeValueAsString(java.util.Map.of("user", USER, "password", PASSWORD)));
        List<String> cmd = new ArrayList<>(List.of(tool.toString(), "-r", bmc.address(), "-c", conf.toString(),
                "-S", "Always", "-A", auth, "-T", "20"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("redfishtool did not finish: " + cmd);
        }
        return new Out(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void redfishtoolReadsTheOneSystemWithASessionThatItDeletesAgain() throws Exception {
        try (RedfishBmc bmc = RedfishBmc.builder().login(USER, PASSWORD).certificates(certs).poweredOn(true).start()) {
            Out o = redfishtool(bmc, "Session", "Systems", "-1");
            assertEquals(0, o.exit(), o.stderr());
            JsonNode system = JSON.readTree(o.stdout());
            assertEquals("On", system.path("PowerState").asText(), o.stdout());
            assertEquals(bmc.systemPath(), system.path("@odata.id").asText());
            assertEquals(1, bmc.sessionsCreated(), bmc.requests().toString());
            assertEquals(0, bmc.sessionsOpen(), "redfishtool deleted its session: " + bmc.requests());
        }
    }

    @Test
    void redfishtoolResetsTheSystemWithBasicAuthenticationAndTheSimulatorsPowerFollows() throws Exception {
        try (RedfishBmc bmc = RedfishBmc.builder().login(USER, PASSWORD).certificates(certs).poweredOn(true)
                .offDelayMs(300).start()) {
            Out o = redfishtool(bmc, "Basic", "Systems", "-1", "reset", "ForceOff");
            assertEquals(0, o.exit(), o.stdout() + o.stderr());
            assertEquals(List.of("ForceOff"), bmc.resetTypes());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (bmc.poweredOn() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertFalse(bmc.poweredOn());
            Out read = redfishtool(bmc, "Basic", "Systems", "-1", "-P", "PowerState");
            assertEquals(0, read.exit(), read.stderr());
            assertTrue(read.stdout().contains("Off"), read.stdout());
        }
    }

    @Test
    void redfishtoolReadsTheDellR630CaptureWithItsSessionsWhereItsRootSays() throws Exception {
        try (RedfishBmc bmc = RedfishBmc.builder().capture("dell-r630").login(USER, PASSWORD).certificates(certs)
                .poweredOn(false).start()) {
            Out o = redfishtool(bmc, "Session", "Systems", "-1");
            assertEquals(0, o.exit(), o.stderr());
            JsonNode system = JSON.readTree(o.stdout());
            assertEquals("Off", system.path("PowerState").asText(), o.stdout());
            assertEquals("PowerEdge R630", system.path("Model").asText());
            assertEquals(1, bmc.sessionsCreated(), bmc.requests().toString());
            assertEquals(0, bmc.sessionsOpen(), bmc.requests().toString());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAsRedfishtoolExpects() throws Exception {
        try (RedfishBmc bmc = RedfishBmc.builder().login(USER, "another-password").certificates(certs).start()) {
            Out o = redfishtool(bmc, "Session", "Systems", "-1");
            assertTrue(o.exit() != 0, o.stdout());
            assertEquals(0, bmc.sessionsCreated());
        }
    }
}
