package net.dcihandlers.ipmi;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.sim.redfish.Certificates;
import net.dcihandlers.sim.redfish.RedfishBmc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-ipmi against the project's simulated Redfish BMC (device-sim), over HTTPS with a
 * self-signed certificate, serving DMTF's public rackmount mockup with live power.
 */
class RedfishTest {
    private static final String USER = "opsadmin";
    private static final String PASSWORD = "Rf-S3cret-Pw!77";
    private static Path tmp;
    private static Certificates selfSigned;
    private static Certificates otherSelfSigned;
    private static Certificates caSigned;

    @BeforeAll
    static void certificates() throws IOException {
        tmp = Files.createTempDirectory("dci-redfish-test");
        selfSigned = Certificates.selfSigned(tmp, "bmc-a");
        otherSelfSigned = Certificates.selfSigned(tmp, "bmc-b");
        caSigned = Certificates.caSigned(tmp, "bmc-c");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static RedfishBmc.Builder bmc() {
        return RedfishBmc.builder().login(USER, PASSWORD).certificates(selfSigned);
    }

    /** A state folder of its own for each test, so pins do not carry over. */
    private static Path stateDir() throws IOException {
        return Files.createTempDirectory(tmp, "state");
    }

    private static RunResult run(RedfishBmc sim, String func, Path state, String... config) {
        return run(sim, func, PASSWORD, state, config);
    }

    private static RunResult run(RedfishBmc sim, String func, String password, Path state, String... config) {
        // a deadline a loaded machine keeps, unless the test sets one (a later line wins)
        List<String> lines = new ArrayList<>(List.of("deadline.ms=" + Patience.DEADLINE_MS, "redfish.port=" + sim.port(),
                "state.dir=" + state));
        lines.addAll(List.of(config));
        return InProcess.of(Main.spec()).config(lines.toArray(String[]::new))
                .run(Requests.call(func, Requests.ipmi("127.0.0.1", USER, password), "power"), "-v");
    }

    private static String power(RunResult r) {
        Doc d = r.doc();
        assertEquals("power", d.ok().port().get("identity"), d.text() + "\n" + r.stderr());
        return d.port().get("admin_status");
    }

    private static void noPassword(RunResult r) {
        assertFalse(r.stdout().contains(PASSWORD), r.stdout());
        assertFalse(r.stderr().contains(PASSWORD), r.stderr());
    }

    @Test
    void statusReadsPowerStateOverRedfishWhichAutoChoosesAndSaysWhy() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            Path state = stateDir();
            RunResult r = run(sim, "status", state);
            assertEquals("on", power(r));
            assertTrue(r.stderr().contains("serves Redfish 1.15.0") && r.stderr().contains("ipmi.protocol=auto"), r.stderr());
            sim.power(false);
            assertEquals("off", power(run(sim, "status", state)));
            assertEquals(0, sim.resetTypes().size(), "status sends nothing");
            assertEquals(sim.sessionsCreated(), sim.sessionsDeleted(), "every session deleted");
            assertEquals(0, sim.sessionsOpen());
            noPassword(r);
        }
    }

    /**
     * A Dell PowerEdge R630's iDRAC 8, as captured from the real machine: sessions live at
     * /redfish/v1/Sessions (its root's Links.Sessions), and it allows ForceRestart but no
     * PowerCycle or ForceOn.
     */
    @Test
    void aDellR630IdracCaptureIsReadAndSwitchedThroughItsOwnSessionPath() throws Exception {
        try (RedfishBmc sim = bmc().capture("dell-r630").poweredOn(true).offDelayMs(800).onDelayMs(1500).start()) {
            Path state = stateDir();
            RunResult r = run(sim, "status", state);
            assertEquals("on", power(r));
            assertTrue(r.stderr().contains("serves Redfish 1.4.0") && r.stderr().contains("Dell Inc. PowerEdge R630"),
                    r.stderr());
            assertEquals("off", power(run(sim, "port_off", state)));
            assertEquals("on", power(run(sim, "port_on", state)));
            assertEquals("on", power(run(sim, "port_reset", state)));
            assertEquals(List.of("ForceOff", "On", "ForceRestart"), sim.resetTypes());
            assertTrue(sim.requests().contains("POST /redfish/v1/Sessions"), sim.requests().toString());
            assertEquals(4, sim.sessionsCreated());
            assertEquals(4, sim.sessionsDeleted());
        }
    }

    @Test
    void portOffWaitsForThePowerToSettleAndAnswersOff() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).offDelayMs(2500).start()) {
            RunResult r = run(sim, "port_off", stateDir(), "ipmi.protocol=redfish");
            assertEquals("off", power(r));
            assertFalse(sim.poweredOn());
            assertEquals(List.of("ForceOff"), sim.resetTypes());
            assertTrue(r.stderr().contains("PowerState PoweringOff"), "read back while it settled: " + r.stderr());
            assertEquals(0, sim.sessionsOpen());
        }
    }

    @Test
    void portOnWaitsLongerAndGracefulShutdownIsSentWhereConfigured() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(false).onDelayMs(4000).offDelayMs(500).start()) {
            Path state = stateDir();
            assertEquals("on", power(run(sim, "port_on", state)));
            assertTrue(sim.poweredOn());
            assertEquals("off", power(run(sim, "port_off", state, "redfish.power.off=GracefulShutdown")));
            assertEquals(List.of("On", "GracefulShutdown"), sim.resetTypes());
        }
    }

    @Test
    void portResetRestartsARunningServerAndPowersOnAStoppedOne() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            Path state = stateDir();
            assertEquals("on", power(run(sim, "port_reset", state)));
            assertEquals(1, sim.resets());
            sim.power(false);
            assertEquals("on", power(run(sim, "port_reset", state)));
            assertEquals(List.of("ForceRestart", "On"), sim.resetTypes());
            assertEquals(1, sim.resets());
        }
    }

    @Test
    void aBusyBmcAnswering409IsAskedAgainWithinTheDeadline() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).offDelayMs(300).busyAfterResetMs(2500).start()) {
            Path state = stateDir();
            assertEquals("off", power(run(sim, "port_off", state)));
            RunResult r = run(sim, "port_on", state);
            assertEquals("on", power(r));
            assertTrue(r.stderr().contains("HTTP 409 (busy)"), r.stderr());
            assertTrue(sim.poweredOn());
        }
    }

    @Test
    void aBusyBmcUntilTheDeadlineIsAnErrorSayingNothingWasCarriedOut() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).offDelayMs(200).busyAfterResetMs(60_000).start()) {
            Path state = stateDir();
            assertEquals("off", power(run(sim, "port_off", state)));
            long deadlineMs = 6000;
            long t0 = System.nanoTime();
            RunResult r = run(sim, "port_on", state, "deadline.ms=" + deadlineMs);
            long ms = Patience.millisSince(t0);
            Doc d = r.doc().error("unexpected_data");
            assertTrue(d.errorText().contains("refused ComputerSystem.Reset On (HTTP 409"), d.errorText());
            assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms");
            assertFalse(sim.poweredOn());
        }
    }

    @Test
    void a503IsAskedAgain() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            Path state = stateDir();
            sim.failNext(2, 503);
            RunResult r = run(sim, "status", state);
            assertEquals("on", power(r));
            assertTrue(r.stderr().contains("HTTP 503 (unavailable)"), r.stderr());
        }
    }

    @Test
    void ofSeveralSystemsTheOneWithAPowerStateIsUsedAndTwoSuchAreAnErrorNamingThem() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).moreSystems(0, 2).start()) {
            RunResult r = run(sim, "port_off", stateDir());
            assertEquals("off", power(r));
            assertTrue(r.stderr().contains("3 systems; " + sim.systemPath()), r.stderr());
        }
        try (RedfishBmc sim = bmc().poweredOn(true).moreSystems(1, 0).start()) {
            Doc d = run(sim, "port_off", stateDir()).doc().error("unexpected_data");
            assertTrue(d.errorText().contains(sim.systemPath()) && d.errorText().contains("/Blade2"), d.errorText());
            assertEquals(List.of(), sim.resetTypes(), "nothing sent");
        }
    }

    @Test
    void withoutSessionServiceBasicAuthenticationIsUsed() throws Exception {
        try (RedfishBmc sim = bmc().sessions(false).poweredOn(true).start()) {
            RunResult r = run(sim, "port_off", stateDir());
            assertEquals("off", power(r));
            assertTrue(r.stderr().contains("Basic authentication"), r.stderr());
            assertEquals(0, sim.sessionsCreated());
            noPassword(r);
        }
    }

    @Test
    void aWrongPasswordIsAConnectionErrorThatNeverShowsIt() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            String wrong = "Wr0ng-Rf-Pass#1";
            RunResult r = run(sim, "port_off", wrong, stateDir());
            Doc d = r.doc().error("connection");
            assertTrue(d.errorText().contains("refused the login of user '" + USER + "'"), d.errorText());
            assertFalse(r.stdout().contains(wrong) || r.stderr().contains(wrong), r.stdout() + r.stderr());
            assertTrue(sim.poweredOn());
        }
    }

    @Test
    void trustOnFirstUsePinsTheCertificateAndRefusesAChangedOneNamingBothFingerprints() throws Exception {
        Path state = stateDir();
        Path pinA;
        try (RedfishBmc a = bmc().poweredOn(true).start()) {
            RunResult r = run(a, "status", state);
            assertEquals("on", power(r));
            pinA = state.resolve("redfish-pin-127.0.0.1-" + a.port());
            assertTrue(Files.readString(pinA).contains(selfSigned.fingerprint()), Files.readString(pinA));
            assertTrue(r.stderr().contains("first use"), r.stderr());
            assertTrue(run(a, "status", state).stderr().contains("matches the pin"));
        }
        try (RedfishBmc b = bmc().certificates(otherSelfSigned).poweredOn(true).start()) {
            // the address now answers with another certificate than the one pinned for it
            Path pinB = state.resolve("redfish-pin-127.0.0.1-" + b.port());
            Files.copy(pinA, pinB);
            RunResult r = run(b, "port_off", state);
            Doc d = r.doc().error("connection");
            assertTrue(d.errorText().contains(selfSigned.fingerprint()) && d.errorText().contains(otherSelfSigned.fingerprint()),
                    d.errorText());
            assertTrue(d.errorText().contains("delete " + pinB), d.errorText());
            assertTrue(b.poweredOn(), "nothing switched");
            assertEquals(List.of(), b.requests(), "nothing was sent over the refused connection");
            Files.delete(pinB);
            assertEquals("off", power(run(b, "port_off", state)));
            assertTrue(Files.readString(pinB).contains(otherSelfSigned.fingerprint()));
        }
    }

    @Test
    void verifyTakesACertificateACaFileVouchesForAndRefusesASelfSignedOne() throws Exception {
        try (RedfishBmc sim = bmc().certificates(caSigned).poweredOn(true).start()) {
            Path state = stateDir();
            assertEquals("on", power(run(sim, "status", state, "redfish.tls=verify",
                    "redfish.ca.file=" + caSigned.caPem())));
            Doc d = run(sim, "status", state, "redfish.tls=verify").doc().error("connection");
            assertTrue(d.errorText().contains("trust store"), d.errorText());
            try (Stream<Path> s = Files.list(state)) {
                assertEquals(0, s.count(), "verify pins nothing");
            }
        }
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            Doc d = run(sim, "status", stateDir(), "redfish.tls=verify", "redfish.ca.file=" + caSigned.caPem())
                    .doc().error("connection");
            assertTrue(d.errorText().contains(selfSigned.fingerprint()), d.errorText());
        }
    }

    @Test
    void insecureTakesAnyCertificateAndPinsNothing() throws Exception {
        try (RedfishBmc sim = bmc().poweredOn(true).start()) {
            Path state = stateDir();
            RunResult r = run(sim, "status", state, "redfish.tls=insecure");
            assertEquals("on", power(r));
            try (Stream<Path> s = Files.list(state)) {
                assertEquals(0, s.count());
            }
        }
    }

    @Test
    void aRedfishServiceThatAcceptsButNeverAnswersIsLeftForIpmiWithinTheDeadline() throws Exception {
        try (ServerSocket hang = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        held.add(hang.accept());
                    }
                } catch (IOException ignored) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            int silentUdp;
            try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                silentUdp = s.getLocalPort();
            }
            long deadlineMs = 6000;
            long t0 = System.nanoTime();
            RunResult r = InProcess.of(Main.spec()).config("redfish.port=" + hang.getLocalPort(), "deadline.ms=" + deadlineMs,
                    "state.dir=" + stateDir()).run(Requests.call("status", Requests.ipmi("127.0.0.1:" + silentUdp, USER,
                    PASSWORD)), "-v");
            long ms = Patience.millisSince(t0);
            r.doc().error("connection");
            assertTrue(r.stderr().contains("no Redfish service") && r.stderr().contains("using IPMI"), r.stderr());
            assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void autoFallsBackToIpmiWhereNoRedfishIsServed() throws Exception {
        try (SimulatedBmc ipmi = SimulatedBmc.start(); ServerSocket closed = new ServerSocket(0)) {
            int port = closed.getLocalPort();
            closed.close();
            ipmi.power(true);
            RunResult r = InProcess.of(Main.spec()).config(Patience.answering("redfish.port=" + port, "ipmi.cipher.suite=3"))
                    .run(Requests.call("port_off", Requests.ipmi(ipmi.address(), SimulatedBmc.USER, SimulatedBmc.PASSWORD),
                            "power"), "-v");
            assertEquals("off", power(r));
            assertFalse(ipmi.poweredOn());
            assertTrue(r.stderr().contains("nothing accepts connections at https://127.0.0.1:" + port)
                    && r.stderr().contains("connection refused") && r.stderr().contains("using IPMI"), r.stderr());
        }
    }
}
