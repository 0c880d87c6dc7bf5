package net.dcihandlers.core;

import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manual mode as a person uses it: habits from other tools, typos, and the help's examples. */
class ManualModeTest {
    private static final String STATUS_REQUEST = "<doc><func>status</func><device_params><ip>10.0.0.2</ip>"
            + "<snmp_ver>SNMP v2c</snmp_ver><snmp_community>c0mmunity-s3cret</snmp_community></device_params></doc>";

    /** A switch whose status answers, whose port_off answers the port off and whose port_on fails. */
    private static HandlerSpec switchSpec() {
        return HandlerSpec.builder("dci-test", DeviceType.SWITCH, "test switch")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3)
                .function(Function.STATUS, call -> new Response().hostname("sw1").add(new Port("1")
                        .adminStatus(PortStatus.ON).operStatus(PortStatus.ON)))
                .function(Function.PORT_OFF, call -> Response.of(new Port(call.portIdentity()).adminStatus(PortStatus.OFF)))
                .function(Function.PORT_ON, call -> {
                    throw HandlerException.connection("port " + call.portIdentity() + " refused");
                })
                .function(Function.SET_VLAN, call -> Response.of(new Port(call.portIdentity())))
                .build();
    }

    private static HandlerSpec ipmiSpec() {
        return HandlerSpec.builder("dci-test-ipmi", DeviceType.IPMI, "test BMC")
                .function(Function.STATUS, call -> Response.of(new Port("power").adminStatus(PortStatus.ON)))
                .function(Function.PORT_RESET, call -> Response.of(new Port("power").adminStatus(PortStatus.ON)))
                .build();
    }

    private static HandlerSpec upsSpec() {
        return HandlerSpec.builder("dci-test-ups", DeviceType.UPS, "test UPS")
                .function(Function.STATUS, call -> new Response().hostname(call.device().ip()))
                .addressForm("ups@host", "rack1@10.0.0.9")
                .build();
    }

    private static RunResult run(String stdin, String... args) {
        return InProcess.of(switchSpec()).run(stdin, args);
    }

    @Test
    void prettyAndVerboseTogetherTakeARequestOnStdin() {
        for (String[] args : List.of(new String[]{"--pretty", "-v"}, new String[]{"-v", "--pretty"},
                new String[]{"--pretty"}, new String[]{"--verbose", "--pretty", "-"})) {
            RunResult r = run(STATUS_REQUEST, args);
            assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.stderr());
            assertEquals("sw1", r.doc().ok().hostname());
            assertTrue(r.stdout().matches("(?s).*\n +<port>.*"), "indented: " + r.stdout());
            assertEquals(List.of(args).contains("-v") || List.of(args).contains("--verbose"),
                    r.stderr().contains("call status"), String.join(" ", args) + " traces: " + r.stderr());
            assertFalse(r.stderr().contains("c0mmunity-s3cret"), r.stderr());
        }
    }

    @Test
    void byHandAnErrorDocumentFromStdinExitsOneWhileThePanelsStdinModeStaysAtZero() {
        String refused = "<doc><func>port_on</func><device_params><ip>10.0.0.2</ip></device_params>"
                + "<port><identity>3</identity></port></doc>";
        RunResult byHand = run(refused, "--pretty");
        assertEquals(1, byHand.exit());
        assertTrue(byHand.doc().error("connection").errorText().contains("port 3 refused"), byHand.stdout());
        for (String[] panel : List.of(new String[0], new String[]{"-v"}, new String[]{"-v", "--verbose"})) {
            RunResult r = run(refused, panel);
            assertEquals(0, r.exit(), "the panel's form " + List.of(panel));
            r.doc().error("connection");
            assertFalse(r.stdout().matches("(?s).*\n +<error>.*"), "not indented for the panel: " + r.stdout());
        }
    }

    @Test
    void aRequestFileIsAnArgument(@TempDir Path dir) throws IOException {
        Path request = Files.writeString(dir.resolve("request.xml"), STATUS_REQUEST);
        RunResult plain = run("", request.toString());
        assertEquals(0, plain.exit(), plain.stderr());
        assertEquals("sw1", plain.doc().ok().hostname());
        assertFalse(plain.stdout().matches("(?s).*\n +<port>.*"), plain.stdout());

        RunResult both = run("", "--pretty", "-v", request.toString());
        assertEquals(0, both.exit(), both.stderr());
        assertTrue(both.stdout().matches("(?s).*\n +<port>.*"), both.stdout());
        assertTrue(both.stderr().contains("call status"), both.stderr());

        RunResult after = run("", request.toString(), "-v");
        assertEquals(0, after.exit(), after.stderr());
        assertTrue(after.stderr().contains("call status"), after.stderr());
    }

    @Test
    void aBrokenRequestFileGetsAnErrorDocumentAndAMissingOneAUsageMessage(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<doc><func>status</func>");
        RunResult r = run("", broken.toString());
        assertEquals(1, r.exit());
        r.doc().error("unexpected_data");

        RunResult missing = run("", dir.resolve("nope.xml").toString());
        assertEquals(2, missing.exit());
        assertEquals("", missing.stdout());
        assertTrue(missing.stderr().contains("no request file " + dir.resolve("nope.xml") + " (no such file)"),
                missing.stderr());

        RunResult directory = run("", dir.toString());
        assertEquals(2, directory.exit());
        assertTrue(directory.stderr().contains("not a regular file"), directory.stderr());
    }

    @Test
    void thePanelsFunctionNamesWorkByHandInAnyCase() {
        for (String name : List.of("port-off", "port_off", "PORT_OFF", "Port-Off")) {
            RunResult r = run("", name, "--ip", "10.0.0.2", "--community", "private", "--port", "3");
            assertEquals(0, r.exit(), name + ": " + r.stderr());
            Doc d = r.doc().ok();
            assertTrue(d.text().contains("<identity>3</identity><admin_status>off</admin_status>"), d.text());
        }
        RunResult vlan = run("", "set_vlan", "--ip", "10.0.0.2", "--community", "private", "--port", "3",
                "--vlan-id", "10", "--request");
        assertEquals(0, vlan.exit(), vlan.stderr());
        assertEquals("set_vlan", vlan.doc().field("func"));
    }

    @Test
    void verboseAndPrettyMayComeBeforeTheFunction() {
        RunResult r = run("", "-v", "--pretty", "status", "--ip", "10.0.0.2", "--community", "public");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().matches("(?s).*\n +<port>.*"), r.stdout());
        assertTrue(r.stderr().contains("call status"), r.stderr());
    }

    @Test
    void aMisspeltFunctionIsAnsweredWithDidYouMean() {
        Map<String, String> meant = Map.of("port-of", "'port-off'", "port_onn", "'port-on'", "stauts", "'status'",
                "setvlan", "'set-vlan'", "port", "'port-on' or 'port-off'");
        for (Map.Entry<String, String> typo : meant.entrySet()) {
            RunResult r = run("", typo.getKey(), "--ip", "10.0.0.2", "--community", "public");
            assertEquals(2, r.exit(), typo.getKey());
            assertEquals("", r.stdout());
            assertTrue(r.stderr().contains("'" + typo.getKey() + "' is not a function of dci-test; did you mean "
                    + typo.getValue() + "?"), r.stderr());
        }
        RunResult far = run("", "reboot", "--ip", "10.0.0.2");
        assertEquals(2, far.exit());
        assertFalse(far.stderr().contains("did you mean"), far.stderr());
        assertTrue(far.stderr().contains("(functions: status, port-on, port-off, set-vlan)"), far.stderr());

        RunResult lacking = run("", "port_reset", "--ip", "10.0.0.2");
        assertEquals(2, lacking.exit());
        assertTrue(lacking.stderr().contains("dci-test does not implement port_reset"), lacking.stderr());
    }

    @Test
    void aMisspeltOptionIsAnsweredWithDidYouMean() {
        RunResult r = run("", "status", "--ip", "10.0.0.2", "--comunity", "public");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("Did you mean '--community'?"), r.stderr());
    }

    /** Every example line of every help page, run as a shell would run it once pasted. */
    @Test
    void theHelpsExamplesPasteIntoAShellAsTheyStand(@TempDir Path dir) throws IOException {
        Path requestXml = Files.writeString(dir.resolve("request.xml"), STATUS_REQUEST);
        int examples = 0;
        for (HandlerSpec spec : List.of(switchSpec(), ipmiSpec(), upsSpec())) {
            List<String> pages = new ArrayList<>(List.of("--help"));
            spec.functions().keySet().forEach(f -> pages.add(f.command() + " --help"));
            for (String page : pages) {
                RunResult help = InProcess.of(spec).run("", page.split(" "));
                assertEquals(0, help.exit(), page);
                List<String> lines = exampleLines(help.stdout());
                assertFalse(lines.isEmpty(), spec.command() + " " + page + " shows examples:\n" + help.stdout());
                for (String line : lines) {
                    assertPastes(spec, line.replace("request.xml", requestXml.toString()), help.stdout());
                    examples++;
                }
            }
        }
        assertTrue(examples >= 15, "examples run: " + examples);
    }

    private static List<String> exampleLines(String help) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\\R")) {
            if (line.equals("Examples:") || line.equals("Example:")) {
                in = true;
            } else if (in && !line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

    /** Runs one example as sh would: VAR=value prefixes, echo '...' | command, a trailing # comment. */
    private static void assertPastes(HandlerSpec spec, String line, String help) {
        assertTrue(line.startsWith("  ") && !line.startsWith("   "), "an example is one indented line: '" + line + "'\n" + help);
        String command = line.strip().replaceFirst("\\s+#.*$", "");
        String stdin = "";
        if (command.startsWith("echo '")) {
            int end = command.indexOf("' | ");
            assertTrue(end > 0, "echo '...' | command: " + line);
            stdin = command.substring("echo '".length(), end) + "\n";
            command = command.substring(end + "' | ".length());
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Map<String, String> env = new LinkedHashMap<>(Map.of("DCI_PASSWORD", "pw"));
        while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
            String[] kv = words.remove(0).split("=", 2);
            env.put(kv[0], kv[1]);
        }
        assertEquals(spec.command(), words.isEmpty() ? "" : words.get(0), "the command itself starts the line: " + line);
        InProcess handler = InProcess.of(spec);
        env.forEach(handler::env);
        RunResult r = handler.run(stdin, words.subList(1, words.size()).toArray(new String[0]));
        assertTrue(r.exit() == 0 || r.exit() == 1, "'" + line.strip() + "' exits " + r.exit() + ": " + r.stderr());
        Doc.parse(r.stdout());
    }
}
