package net.dcihandlers.core;

import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry point's contract, with a test handler whose functions behave as each test needs. */
class HandlerMainTest {
    private static final String DEVICE = "<device_params><ip>10.0.0.2</ip><snmp_ver>SNMP v2c</snmp_ver>"
            + "<snmp_community>c0mmunity-s3cret</snmp_community></device_params>";

    private static HandlerSpec spec() {
        return HandlerSpec.builder("dci-test", DeviceType.SWITCH, "Test & <handler>")
                .requires(Requirement.SNMPV2C, Requirement.SNMPV1)
                .function(Function.STATUS, call -> new Response().hostname("sw<1>&").add(new Port("1")
                        .description("Gi1/0/1 & <uplink>").adminStatus(PortStatus.ON).operStatus(PortStatus.OFF)))
                .function(Function.PORT_OFF, call -> {
                    String id = call.portIdentity();
                    throw HandlerException.connection("port " + id + " refused with community "
                            + call.device().snmpCommunity());
                })
                .function(Function.PORT_ON, call -> {
                    throw new IllegalStateException("boom at " + call.device().snmpCommunity());
                })
                .function(Function.STATISTICS, call -> {
                    throw new StackOverflowError();
                })
                .build();
    }

    private static RunResult run(String stdin, String... args) {
        return InProcess.of(spec()).run(stdin, args);
    }

    @Test
    void infoListsExactlyTheDeclaredFunctionsAndRequirements() {
        RunResult r = run("", "-info");
        assertEquals(0, r.exit());
        Doc d = r.doc();
        assertEquals("Switch", d.field("type"));
        assertEquals("Test & <handler>", d.field("name"));
        assertEquals(List.of("snmpv1", "snmpv2c"), d.childNames("requirements"));
        assertEquals(List.of("status", "statistics", "port_on", "port_off"), d.childNames("supported_funcs"));
    }

    @Test
    void answersWithEscapedDeviceText() {
        Doc d = InProcess.of(spec()).call("<doc><func>status</func>" + DEVICE + "</doc>");
        assertEquals("sw<1>&", d.hostname());
        assertEquals("Gi1/0/1 & <uplink>", d.ports().get("1").get("description"));
        assertEquals("on", d.ports().get("1").get("admin_status"));
        assertEquals("off", d.ports().get("1").get("oper_status"));
    }

    @Test
    void anUnknownFunctionIsAnErrorNamingTheImplementedOnes() {
        Doc d = InProcess.of(spec()).call("<doc><func>port_speed</func>" + DEVICE + "</doc>");
        d.error("unexpected_data");
        assertTrue(d.errorText().contains("port_speed"), d.errorText());
        assertTrue(d.errorText().contains("status, statistics, port_on, port_off"), d.errorText());
    }

    @Test
    void aMissingFunctionIsAnError() {
        Doc d = InProcess.of(spec()).call("<doc>" + DEVICE + "</doc>");
        assertTrue(d.error("unexpected_data").errorText().contains("no <func>"));
    }

    @Test
    void aMissingPortIdentityIsAnError() {
        Doc d = InProcess.of(spec()).call("<doc><func>port_off</func>" + DEVICE + "<port></port></doc>");
        assertTrue(d.error("unexpected_data").errorText().contains("port/identity"));
    }

    @Test
    void handlerErrorsKeepTheirTypeAndLoseTheirSecrets() {
        Doc d = InProcess.of(spec()).call("<doc><func>port_off</func>" + DEVICE + "<port><identity>3</identity></port></doc>");
        d.error("connection");
        assertTrue(d.errorText().startsWith("port 3 refused"), d.errorText());
        assertFalse(d.text().contains("c0mmunity-s3cret"), d.text());
    }

    @Test
    void aCrashIsAnErrorDocumentWithoutStackTraceOrSecret() {
        RunResult r = run("<doc><func>port_on</func>" + DEVICE + "<port><identity>3</identity></port></doc>");
        assertEquals(0, r.exit());
        Doc d = r.doc().error("unexpected_data");
        assertTrue(d.errorText().contains("internal error"), d.errorText());
        assertFalse(r.stdout().contains("c0mmunity-s3cret"));
        assertFalse(r.stdout().contains("at net.dcihandlers"), r.stdout());
    }

    @Test
    void evenAStackOverflowEndsInOneDocument() {
        RunResult r = run("<doc><func>statistics</func>" + DEVICE + "</doc>");
        assertEquals(0, r.exit());
        r.doc().error("unexpected_data");
    }

    @Test
    void brokenInputIsAnErrorDocumentWithExitZero() {
        for (String bad : List.of("", "garbage", "<doc>", "<doc><func>status</func></doc><doc/>",
                "<!DOCTYPE doc SYSTEM \"http://127.0.0.1:1/x.dtd\"><doc/>")) {
            RunResult r = run(bad);
            assertEquals(0, r.exit(), bad);
            r.doc().error("unexpected_data");
        }
    }

    @Test
    void verboseTracesToStderrWithoutSecrets() {
        RunResult r = run("<doc><func>port_off</func>" + DEVICE + "<port><identity>3</identity></port></doc>", "-v");
        assertEquals(0, r.exit());
        assertTrue(r.stderr().contains("call port_off"), r.stderr());
        assertFalse(r.stderr().contains("c0mmunity-s3cret"), r.stderr());
        r.doc().error("connection");
    }

    @Test
    void aBadConfigurationIsAnErrorDocument() {
        RunResult r = InProcess.of(spec()).config("deadline.ms=forever")
                .run("<doc><func>status</func>" + DEVICE + "</doc>");
        assertEquals(0, r.exit());
        assertTrue(r.doc().error("unexpected_data").errorText().contains("deadline.ms=forever"));
    }

    /**
     * A bad value of a setting the handler declares is reported when the configuration is loaded,
     * though this call (a v2c status that never reads it) would not have used it; a handler that
     * speaks no SNMP leaves the SNMP keys alone.
     */
    @Test
    void aBadValueIsReportedWhenTheConfigurationIsLoadedNotWhenItIsFirstUsed() {
        RunResult r = InProcess.of(spec()).config("snmp.v3.priv.protocol=AES512")
                .run("<doc><func>status</func>" + DEVICE + "</doc>");
        String text = r.doc().error("unexpected_data").errorText();
        assertTrue(text.contains("snmp.v3.priv.protocol=AES512 is not valid; expected DES, AES128"), text);

        HandlerSpec noSnmp = HandlerSpec.builder("dci-nosnmp", DeviceType.UPS, "no SNMP")
                .function(Function.STATUS, call -> new Response().hostname("fine")).build();
        RunResult fine = InProcess.of(noSnmp).config("snmp.v3.priv.protocol=AES512")
                .run("<doc><func>status</func>" + DEVICE + "</doc>");
        assertEquals("fine", fine.doc().ok().hostname());
    }

    @Test
    void manualModeBuildsTheSameRequest() {
        RunResult r = run("", "status", "--ip", "10.0.0.2", "--community", "public");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("sw<1>&", r.doc().ok().hostname());
    }

    @Test
    void manualModeExitsOneForAnErrorDocument() {
        RunResult r = run("", "port-off", "--ip", "10.0.0.2", "--community", "public", "--port", "3");
        assertEquals(1, r.exit());
        r.doc().error("connection");
    }

    @Test
    void manualModeExitsTwoForBadUsage() {
        assertEquals(2, run("", "status").exit());
        assertEquals(2, run("", "port-off", "--ip", "10.0.0.2", "--community", "x").exit());
        assertEquals(2, run("", "no-such-function").exit());
        assertEquals(2, run("", "status", "--ip", "h", "--community", "x", "--snmp-version", "4").exit());
    }

    @Test
    void manualModeHasHelpAndVersion() {
        RunResult help = run("", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.stdout().contains("port-off"), help.stdout());
        assertTrue(help.stdout().contains("Examples"), help.stdout());
        RunResult sub = run("", "port-off", "--help");
        assertTrue(sub.stdout().contains("--port"), sub.stdout());
        RunResult v = run("", "--version");
        assertEquals(0, v.exit());
        assertTrue(v.stdout().startsWith("dci-test"), v.stdout());
    }

    @Test
    void manualModeRequestPrintsTheDocumentWithSecretsMasked() {
        RunResult r = run("", "port-off", "--ip", "10.0.0.2", "--community", "c0mmunity-s3cret", "--port", "3", "--request");
        assertEquals(0, r.exit());
        Doc d = r.doc();
        assertEquals("port_off", d.field("func"));
        assertFalse(r.stdout().contains("c0mmunity-s3cret"));
        assertTrue(r.stdout().contains("<identity>3</identity>"));
    }

    @Test
    void manualModeTakesTheCommunityFromTheEnvironment() {
        RunResult r = InProcess.of(spec()).env("DCI_SNMP_COMMUNITY", "c0mmunity-s3cret")
                .run("", "port-off", "--ip", "10.0.0.2", "--port", "3", "--pretty");
        assertEquals(1, r.exit());
        assertTrue(r.stdout().matches("(?s).*\n +<error>.*"), r.stdout());
    }

    @Test
    void logFileGetsEachCallsTraceAndOneResultLineWithoutSecrets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path log = dir.resolve("calls.log");
        InProcess h = InProcess.of(spec()).config("log.file=" + log);
        h.call("<doc><func>status</func>" + DEVICE + "</doc>").ok();
        h.call("<doc><func>port_off</func>" + DEVICE + "<port><identity>3</identity></port></doc>").error("connection");
        List<String> lines = java.nio.file.Files.readAllLines(log);
        assertTrue(lines.stream().allMatch(l -> l.matches("\\S+ dci-test\\[\\d+\\] (status|port_off) 10\\.0\\.0\\.2 \\| .*")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("status 10.0.0.2 | result: ok, 1 ports")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("port_off 10.0.0.2 | result: error connection: port 3 refused")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("| [") && l.contains("call port_off")), "the trace is there");
        assertFalse(String.join("\n", lines).contains("c0mmunity-s3cret"));
        assertEquals(2, lines.stream().filter(l -> l.contains("| result: ")).count());
    }

    @Test
    void anUnwritableLogFileNeverFailsTheCall() {
        RunResult r = InProcess.of(spec()).config("log.file=/proc/no/such/dir/calls.log")
                .run("<doc><func>status</func>" + DEVICE + "</doc>");
        assertEquals(0, r.exit());
        r.doc().ok();
        assertTrue(r.stderr().contains("cannot append to log.file"), r.stderr());
    }

    @Test
    void aSecretSettingIsKeptOutOfTracesAndTextsLikeTheRequestsSecrets() {
        Setting password = Setting.secret("test.password", "a password");
        HandlerSpec s = HandlerSpec.builder("dci-secret", DeviceType.UPS, "s")
                .function(Function.STATUS, call -> {
                    String pw = call.config().string(password);
                    call.trace().line("logging in with " + pw);
                    throw HandlerException.connection("login with " + pw + " refused");
                }).settings(List.of(password)).build();
        RunResult r = InProcess.of(s).config("test.password=Sup3r-Secret-Pw").run("<doc><func>status</func></doc>", "-v");
        assertTrue(r.doc().error("connection").errorText().contains("***"), r.stdout());
        assertFalse(r.stdout().contains("Sup3r-Secret-Pw"), r.stdout());
        assertFalse(r.stderr().contains("Sup3r-Secret-Pw"), r.stderr());
        assertTrue(r.stderr().contains("logging in with ***"), r.stderr());
    }

    @Test
    void eachFunctionsHelpShowsAnExample() {
        RunResult r = run("", "port-off", "--help");
        assertTrue(r.stdout().contains("Example:"), r.stdout());
        assertTrue(r.stdout().contains("dci-test port-off --ip 10.0.0.2 --community private --port 3"), r.stdout());
    }

    @Test
    void specRefusesAHandlerWithoutStatus() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () ->
                HandlerSpec.builder("x", DeviceType.PDU, "x").function(Function.PORT_ON, c -> null).build());
    }

    @Test
    void nullAnswerIsAnInternalError() {
        HandlerSpec s = HandlerSpec.builder("dci-null", DeviceType.UPS, "n").function(Function.STATUS, c -> null).build();
        Doc d = InProcess.of(s).call("<doc><func>status</func></doc>");
        d.error("unexpected_data");
        assertTrue(Map.of().isEmpty());
    }
}
