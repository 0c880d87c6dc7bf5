package net.dcihandlers.ipmi;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-ipmi against OpenIPMI's ipmi_sim through the real ipmitool: the simulated server really switches. */
class PowerControlTest {
    /** ipmi_sim has no SHA-256 suites and does not answer ipmitool's cipher-suite query; suite 3 it speaks. */
    private static final String CIPHER_3 = "ipmi.cipher.suite=3";

    private static SimulatedBmc bmc;

    @BeforeAll
    static void startBmc() throws Exception {
        bmc = SimulatedBmc.start();
    }

    @AfterAll
    static void stopBmc() {
        if (bmc != null) {
            bmc.close();
        }
    }

    @AfterEach
    void chassisBackToNormal() throws IOException {
        bmc.behaveNormally();
    }

    private static String login() {
        return Requests.ipmi(bmc.address(), SimulatedBmc.USER, SimulatedBmc.PASSWORD);
    }

    /** A call with a deadline.ms a loaded machine keeps, then {@code config}, which overrides it. */
    private static Doc call(String request, String... config) {
        return handler(config).call(request);
    }

    private static InProcess handler(String... config) {
        return InProcess.of(Main.spec()).config(Patience.answering(config));
    }

    private static String power(Doc answer) {
        assertEquals("power", answer.ok().port().get("identity"), answer.text());
        return answer.port().get("admin_status");
    }

    @Test
    void infoDeclaresAnIpmiDeviceWithItsPowerFunctionsAndNoRequirements() {
        Doc info = InProcess.of(Main.spec()).run("", "-info").doc();
        assertEquals("IPMI", info.field("type"));
        assertEquals(List.of(), info.childNames("requirements"));
        assertEquals(List.of("status", "port_on", "port_off", "port_reset"), info.childNames("supported_funcs"));
    }

    @Test
    void statusReportsTheChassisPowerState() throws Exception {
        bmc.power(true);
        assertEquals("on", power(call(Requests.call("status", login()), CIPHER_3)));
        bmc.power(false);
        assertEquals("off", power(call(Requests.call("status", login()), CIPHER_3)));
    }

    @Test
    void portOnPowersUpAStoppedServer() throws Exception {
        bmc.power(false);
        Doc answer = call(Requests.call("port_on", login(), "power"), CIPHER_3);
        assertEquals("on", power(answer));
        assertTrue(bmc.poweredOn());
        assertEquals("Chassis Power is on", bmc.ipmitoolStatus());
    }

    @Test
    void portOffWithoutAPortElementPowersDownARunningServer() throws Exception {
        bmc.power(true);
        Doc answer = call(Requests.call("port_off", login()), CIPHER_3);
        assertEquals("off", power(answer));
        assertFalse(bmc.poweredOn());
        assertEquals("Chassis Power is off", bmc.ipmitoolStatus());
    }

    @Test
    void portResetOfARunningServerResetsItAndAnswersOn() throws Exception {
        bmc.power(true);
        long before = bmc.resets();
        Doc answer = call(Requests.call("port_reset", login(), "power"), CIPHER_3);
        assertEquals("on", power(answer));
        assertEquals(before + 1, bmc.resets(), "the chassis was sent one reset");
        assertTrue(bmc.poweredOn());
    }

    @Test
    void portResetOfAStoppedServerPowersItOnWithoutAReset() throws Exception {
        bmc.power(false);
        long before = bmc.resets();
        Doc answer = call(Requests.call("port_reset", login(), "power"), CIPHER_3);
        assertEquals("on", power(answer));
        assertTrue(bmc.poweredOn());
        assertEquals(before, bmc.resets());
    }

    @Test
    void ipmi15LanInterfaceSwitchesTheServer() throws Exception {
        bmc.power(true);
        RunResult r = handler("ipmi.interface=lan")
                .run(Requests.call("port_off", login(), "power"), "-v");
        assertEquals("off", power(r.doc()));
        assertFalse(bmc.poweredOn());
        assertEquals(List.of("lan", "lan"), interfacesRun(r.stderr()), "switch, then read back");
    }

    @Test
    void ipmi20LanplusInterfaceSwitchesTheServer() throws Exception {
        bmc.power(false);
        RunResult r = handler("ipmi.interface=lanplus", CIPHER_3)
                .run(Requests.call("port_on", login(), "power"), "-v");
        assertEquals("on", power(r.doc()));
        assertTrue(bmc.poweredOn());
        assertEquals(List.of("lanplus", "lanplus"), interfacesRun(r.stderr()), "switch, then read back");
    }

    @Test
    void withNoConfigurationAtAllTheCipherLadderFindsSuite3AfterTheBmcRefuses17() throws Exception {
        // ipmi_sim is a BMC that refuses cipher suite 17 (SHA-256): the ladder's next suite, 3, opens the session
        bmc.power(true);
        RunResult r = InProcess.of(Main.spec()).run(Requests.call("status", login()), "-v");
        assertEquals("on", power(r.doc()));
        assertEquals(List.of("lanplus", "lanplus"), interfacesRun(r.stderr()));
        assertTrue(r.stderr().contains("-C 17") && r.stderr().contains("-C 3"), r.stderr());
        assertTrue(r.stderr().contains("no session over IPMI 2.0 (lanplus) with cipher suite 17; trying IPMI 2.0"
                + " (lanplus) with cipher suite 3"), r.stderr());
    }

    @Test
    void autoFallsBackToIpmi15WhenNoLanplusSessionOpens() throws Exception {
        // ipmi_sim refuses suite 17 (SHA-256), so lanplus cannot open a session
        bmc.power(false);
        RunResult r = handler("ipmi.interface=auto", "ipmi.cipher.suite=17")
                .run(Requests.call("port_on", login()), "-v");
        assertEquals("on", power(r.doc()));
        assertTrue(bmc.poweredOn());
        assertEquals(List.of("lanplus", "lan", "lan"), interfacesRun(r.stderr()),
                "lanplus fails, lan switches, and the read-back stays on lan");
    }

    @Test
    void wrongPasswordIsAConnectionErrorWithinTheDeadlineThatNeverShowsAPassword() throws Exception {
        bmc.power(true);
        String wrong = "Wr0ng-Pass!x";
        // a deadline that leaves both interfaces the time to be refused on a loaded machine: with the
        // default one, lan may not be tried at all there, and the answer is the deadline's
        long deadlineMs = 60_000;
        long t0 = System.nanoTime();
        RunResult r = handler("deadline.ms=" + deadlineMs)
                .run(Requests.call("port_off", Requests.ipmi(bmc.address(), SimulatedBmc.USER, wrong), "power"), "-v");
        long ms = Patience.millisSince(t0);
        Doc answer = r.doc().error("connection");
        assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
        assertTrue(answer.errorText().contains("user name and password"), answer.errorText());
        assertTrue(answer.errorText().contains("lanplus") && answer.errorText().contains("lan)"), answer.errorText());
        assertTrue(answer.errorText().contains(bmc.address()), answer.errorText());
        assertFalse(r.stdout().contains(wrong), r.stdout());
        assertFalse(r.stderr().contains(wrong), r.stderr());
        assertTrue(bmc.poweredOn(), "nothing was switched");
    }

    @Test
    void aBmcThatNeverAnswersEndsInAConnectionErrorFromIpmitoolItselfWithinTheDeadline() throws Exception {
        int silentPort;
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            silentPort = s.getLocalPort();
        }
        // lanplus gets half the deadline, 10 s: -R 2 (6 s of silence); lan the rest, -R 4 (5 s); so
        // 9 s are left for ipmitool's starts on a loaded machine
        long deadlineMs = 20_000;
        long t0 = System.nanoTime();
        Doc answer = call(Requests.call("status", Requests.ipmi("127.0.0.1:" + silentPort, SimulatedBmc.USER,
                SimulatedBmc.PASSWORD)), "deadline.ms=" + deadlineMs);
        long ms = Patience.millisSince(t0);
        answer.error("connection");
        // -N/-R were sized so that ipmitool gave up on both interfaces by itself, before any kill
        assertTrue(answer.errorText().startsWith("could not open an IPMI session with the BMC at 127.0.0.1:"
                + silentPort), answer.errorText());
        // a silent BMC is not asked again with the ladder's next suite: that would change nothing
        assertTrue(answer.errorText().contains("IPMI 2.0 (lanplus) with cipher suite 17 or IPMI 1.5 (lan)"),
                answer.errorText());
        assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
    }

    @Test
    void aPowerChangeTheBmcAppliesLaterIsWaitedForAndReadBack() throws Exception {
        bmc.power(false);
        bmc.applyPowerAfter(1.2);
        Doc answer = call(Requests.call("port_on", login(), "power"), CIPHER_3);
        assertEquals("on", power(answer));
        assertTrue(bmc.poweredOn());
    }

    @Test
    void aPowerChangeThatNeverHappensIsAnErrorWithTheStateLastReadWithinTheDeadline() throws Exception {
        bmc.power(true);
        bmc.ignorePowerCommands();
        // long enough for the command and a read-back on a loaded machine; without the deadline the
        // wait would never end
        long deadlineMs = 10_000;
        long t0 = System.nanoTime();
        Doc answer = call(Requests.call("port_off", login(), "power"), CIPHER_3, "deadline.ms=" + deadlineMs);
        long ms = Patience.millisSince(t0);
        answer.error("unexpected_data");
        assertTrue(answer.errorText().contains("last read: on"), answer.errorText());
        assertTrue(answer.errorText().contains("deadline.ms"), answer.errorText());
        assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
        assertTrue(bmc.poweredOn());
    }

    @Test
    void aPortOtherThanPowerIsRefusedAndSwitchesNothing() throws Exception {
        bmc.power(true);
        Doc answer = call(Requests.call("port_off", login(), "Power"), CIPHER_3);
        answer.error("unexpected_data");
        assertTrue(answer.errorText().contains("'power'"), answer.errorText());
        assertTrue(bmc.poweredOn());
    }

    @Test
    void userNamesWithShellMetacharactersReachNoShell() throws Exception {
        // each fits IPMI's 16 bytes, so it does go to ipmitool, as one argument
        List<String> users = List.of(";touch /tmp/dx1", "$(touch /tmp/d2)", "`touch /tmp/dx3`", "|touch /tmp/dx4");
        List<Path> marks = List.of(Path.of("/tmp/dx1"), Path.of("/tmp/d2"), Path.of("/tmp/dx3"), Path.of("/tmp/dx4"));
        for (Path m : marks) {
            Files.deleteIfExists(m);
        }
        for (String user : users) {
            Doc answer = call(Requests.call("status", Requests.ipmi(bmc.address(), user, SimulatedBmc.PASSWORD)),
                    CIPHER_3);
            answer.error("connection");
        }
        for (Path m : marks) {
            assertFalse(Files.exists(m), m + " was created");
        }
    }

    @Test
    void theCipherSuiteFoundIsRememberedPerBmcAndTriedFirstNextTime() throws Exception {
        Path state = Files.createTempDirectory("dci-ipmi-state");
        try {
            bmc.power(true);
            RunResult first = handler("state.dir=" + state, "ipmi.protocol=ipmi")
                    .run(Requests.call("status", login()), "-v");
            assertEquals("on", power(first.doc()));
            Path pin = state.resolve("ipmi-cipher-127.0.0.1-" + bmc.port());
            assertEquals("3", Files.readString(pin).strip(), first.stderr());
            RunResult next = handler("state.dir=" + state, "ipmi.protocol=ipmi")
                    .run(Requests.call("status", login()), "-v");
            assertEquals("on", power(next.doc()));
            assertEquals(List.of("lanplus"), interfacesRun(next.stderr()), "suite 3 at once: " + next.stderr());
            assertTrue(next.stderr().contains("-C 3") && !next.stderr().contains("-C 17"), next.stderr());
        } finally {
            try (java.util.stream.Stream<Path> s = Files.walk(state)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aBmcWithNoFreeSessionSlotIsAskedAgainAfterAPause() throws Exception {
        bmc.power(true);
        try (BusyRelay busy = new BusyRelay(bmc.port(), 2)) {
            RunResult r = handler(CIPHER_3, "ipmi.protocol=ipmi")
                    .run(Requests.call("port_off", Requests.ipmi(busy.address(), SimulatedBmc.USER, SimulatedBmc.PASSWORD),
                            "power"), "-v");
            assertEquals("off", power(r.doc()));
            assertFalse(bmc.poweredOn());
            assertEquals(2, busy.refused());
            assertTrue(r.stderr().contains("the BMC is busy") && r.stderr().contains("insufficient resources"),
                    r.stderr());
            assertFalse(r.stderr().contains("-I lan "), "lanplus was kept: " + r.stderr());
        }
    }

    /** The -I value of every ipmitool run in a -v trace, in order. */
    private static List<String> interfacesRun(String trace) {
        List<String> out = new ArrayList<>();
        for (String line : trace.split("\n")) {
            int i = line.indexOf("ran ");
            if (i >= 0 && line.contains(" -I ")) {
                String rest = line.substring(line.indexOf(" -I ") + 4);
                out.add(rest.substring(0, rest.indexOf(' ')));
            }
        }
        return out;
    }
}
