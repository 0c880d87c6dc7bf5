package net.dcihandlers.ipmi;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How dci-ipmi runs ipmitool, seen from stand-in ipmitool scripts that record or misbehave. */
class IpmitoolSafetyTest {
    private static final String PASSWORD = "Pa55;$(id)`w0rd`";

    @TempDir
    Path dir;

    /** A stand-in that records its arguments after argv[0] (one a line, runs separated by "--") and the password it got. */
    private Path recordingTool(String stdout) throws IOException {
        return script("recording-ipmitool", """
                #!/bin/sh
                for a in "$@"; do printf '%%s\\n' "$a"; done >> '%1$s/argv'
                echo -- >> '%1$s/argv'
                printf '%%s' "$IPMI_PASSWORD" > '%1$s/password'
                echo 'some words on stderr' >&2
                printf '%%s\\n' "%2$s"
                """.formatted(dir, stdout));
    }

    private Path script(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        assertTrue(p.toFile().setExecutable(true));
        return p;
    }

    /** The argv of every run the recording tool saw. */
    private List<List<String>> runs() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        Path f = dir.resolve("argv");
        if (!Files.exists(f)) {
            return runs;
        }
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            if (line.equals("--")) {
                runs.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return runs;
    }

    /** The stand-in ipmitool is all these tests talk to: the Redfish probe of ipmi.protocol=auto is left out. */
    private static RunResult run(String request, List<String> config, String... args) {
        // the shipped defaults unless the test sets more, but for the Redfish probe: the fake
        // ipmitools answer at once, and the argv's -R is sized from the default deadline.ms
        List<String> lines = new ArrayList<>(List.of("ipmi.protocol=ipmi"));
        lines.addAll(config);
        return InProcess.of(Main.spec()).config(lines.toArray(new String[0])).run(request, args);
    }

    @Test
    void thePasswordTravelsInTheEnvironmentAndNeverInArgvOrTheVerboseTrace() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        RunResult r = run(Requests.call("port_reset", Requests.ipmi("192.0.2.7", "admin", PASSWORD), "power"),
                List.of("ipmi.tool=" + tool), "-v");
        assertEquals("on", r.doc().ok().port().get("admin_status"));
        List<List<String>> runs = runs();
        assertEquals(3, runs.size(), "read, reset, read back: " + runs);
        for (List<String> argv : runs) {
            assertTrue(argv.contains("-E"), argv.toString());
            for (String a : argv) {
                assertFalse(a.contains(PASSWORD) || a.contains("w0rd"), "argv holds the password: " + argv);
            }
        }
        assertEquals(PASSWORD, Files.readString(dir.resolve("password")), "ipmitool got the password through -E");
        assertTrue(r.stderr().contains("ran " + tool), "the trace shows the runs:\n" + r.stderr());
        assertFalse(r.stderr().contains("w0rd"), r.stderr());
        assertFalse(r.stdout().contains("w0rd"), r.stdout());
    }

    @Test
    void autoStartsWithLanplusAndArgvHasTheDocumentedShape() throws Exception {
        Path tool = recordingTool("Chassis Power is off");
        Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool)).doc();
        assertEquals("off", answer.ok().port().get("admin_status"));
        // half of the 9.4 s a call has by default is kept for the lan fallback: -R 1 fits lanplus in that
        assertEquals(List.of(List.of("-I", "lanplus", "-H", "192.0.2.7", "-p", "623", "-U", "admin", "-C", "17",
                "-N", "1", "-R", "1", "-E", "chassis", "power", "status")), runs());
    }

    @Test
    void cipherSuiteGoesToLanplusOnlyAndAnIpv6AddressWithPortIsSplit() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        String ip = "[2001:db8::5]:6230";
        run(Requests.call("status", Requests.ipmi(ip, "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool, "ipmi.interface=lanplus", "ipmi.cipher.suite=3")).doc().ok();
        run(Requests.call("status", Requests.ipmi(ip, "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool, "ipmi.interface=lan", "ipmi.cipher.suite=3")).doc().ok();
        List<List<String>> runs = runs();
        assertEquals(List.of("-I", "lanplus", "-H", "2001:db8::5", "-p", "6230", "-U", "admin", "-C", "3"),
                runs.get(0).subList(0, 10));
        assertEquals(List.of("-I", "lan", "-H", "2001:db8::5", "-p", "6230", "-U", "admin"),
                runs.get(1).subList(0, 8));
        assertFalse(runs.get(1).contains("-C"), runs.get(1).toString());
    }

    @Test
    void anEmptyUserLogsInAsIpmisNullUserWithoutMinusU() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        run(Requests.call("status", Requests.ipmi("192.0.2.7", "", PASSWORD)), List.of("ipmi.tool=" + tool)).doc().ok();
        assertFalse(runs().get(0).contains("-U"), runs().toString());
    }

    @Test
    void shellMetacharactersInTheUserArriveAsOneArgumentAndRunNothing() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        Path mark = dir.resolve("m");
        String user = ";touch " + mark.getFileName();
        run(Requests.call("status", Requests.ipmi("192.0.2.7", user, PASSWORD)), List.of("ipmi.tool=" + tool)).doc().ok();
        List<String> argv = runs().get(0);
        assertEquals(user, argv.get(argv.indexOf("-U") + 1));
        assertFalse(Files.exists(mark));
        assertFalse(Files.exists(Path.of(mark.getFileName().toString())));
    }

    @Test
    void addressesWithShellMetacharactersAreRefusedBeforeAnythingRuns() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        for (String ip : List.of("127.0.0.1;touch /tmp/dx5", "$(touch /tmp/dx6)", "`touch /tmp/dx7`",
                "127.0.0.1 -o x", "-H127.0.0.1")) {
            Doc answer = run(Requests.call("port_off", Requests.ipmi(ip, "admin", PASSWORD), "power"),
                    List.of("ipmi.tool=" + tool)).doc();
            answer.error("unexpected_data");
            assertTrue(answer.errorText().contains("address"), answer.errorText());
        }
        assertEquals(List.of(), runs(), "ipmitool never ran");
        for (String f : List.of("/tmp/dx5", "/tmp/dx6", "/tmp/dx7")) {
            assertFalse(Files.exists(Path.of(f)), f);
        }
    }

    @Test
    void userNamesIpmiCannotHoldAreRefusedBeforeAnythingRuns() throws Exception {
        Path tool = recordingTool("Chassis Power is on");
        for (String user : List.of("$(touch /tmp/dx8)", "seventeen-bytes-x", "admin\tx", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")) {
            Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", user, PASSWORD)),
                    List.of("ipmi.tool=" + tool)).doc();
            answer.error("unexpected_data");
            assertTrue(answer.errorText().contains("user name"), answer.errorText());
        }
        assertEquals(List.of(), runs(), "ipmitool never ran");
        assertFalse(Files.exists(Path.of("/tmp/dx8")));
    }

    @Test
    void aHangingIpmitoolIsKilledAtTheDeadlineAndTheAnswerIsAConnectionError() throws Exception {
        Path tool = script("hanging-ipmitool", """
                #!/bin/sh
                echo $$ > '%1$s/pid'
                sleep 60 &
                echo $! > '%1$s/child'
                wait
                """.formatted(dir));
        // long enough for the script to have written its pids on a loaded machine; its sleep of 60 s
        // is far beyond the bound
        long deadlineMs = 8000;
        long t0 = System.nanoTime();
        Doc answer = run(Requests.call("port_on", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool, "deadline.ms=" + deadlineMs)).doc();
        long ms = Patience.millisSince(t0);
        answer.error("connection");
        assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
        assertTrue(answer.errorText().contains("192.0.2.7"), answer.errorText());
        for (String f : List.of("pid", "child")) {
            long pid = Long.parseLong(Files.readString(dir.resolve(f)).strip());
            assertFalse(running(pid), f + " " + pid + " still runs");
        }
    }

    @Test
    void statusOutputThatSaysNeitherOnNorOffIsUnexpectedDataQuotingIpmitoolWithoutThePassword() throws Exception {
        Path tool = recordingTool("Chassis Power is flickering ($IPMI_PASSWORD)");
        Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool)).doc();
        answer.error("unexpected_data");
        assertTrue(answer.errorText().contains("Chassis Power is flickering"), answer.errorText());
        assertFalse(answer.errorText().contains("w0rd"), answer.errorText());
    }

    @Test
    void aCommandTheBmcRefusesForPrivilegeIsAConnectionErrorSayingSo() throws Exception {
        Path tool = script("operator-ipmitool", """
                #!/bin/sh
                for last in "$@"; do :; done
                if [ "$last" = status ]; then echo 'Chassis Power is off'; exit 0; fi
                echo "Set Chassis Power Control to Up/On failed: Insufficient privilege level" >&2
                exit 1
                """);
        Doc answer = run(Requests.call("port_on", Requests.ipmi("192.0.2.7", "viewer", PASSWORD)),
                List.of("ipmi.tool=" + tool)).doc();
        answer.error("connection");
        assertTrue(answer.errorText().contains("Insufficient privilege level"), answer.errorText());
        assertTrue(answer.errorText().contains("'viewer'"), answer.errorText());
    }

    @Test
    void aMissingIpmitoolIsAnErrorNamingThePathTried() {
        Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=/nonexistent/ipmitool")).doc();
        answer.error("unexpected_data");
        assertTrue(answer.errorText().contains("/nonexistent/ipmitool"), answer.errorText());
        assertTrue(answer.errorText().contains("ipmi.tool"), answer.errorText());
    }

    @Test
    void anIpmitoolNameNotOnPathIsAnErrorSayingWhereItWasLookedFor() {
        Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=no-such-ipmitool")).doc();
        answer.error("unexpected_data");
        assertTrue(answer.errorText().contains("no-such-ipmitool was not found on PATH (" + System.getenv("PATH")),
                answer.errorText());
    }

    @Test
    void configurationValuesThatMakeNoSenseAreErrorsNamingTheKey() {
        for (String line : List.of("ipmi.interface=serial", "ipmi.cipher.suite=three", "ipmi.cipher.suite=256")) {
            Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                    List.of(line)).doc();
            answer.error("unexpected_data");
            assertTrue(answer.errorText().contains(line.substring(0, line.indexOf('='))), answer.errorText());
        }
    }

    /**
     * A BMC that refuses the lanplus login and never answers over lan, which ipmitool waits out
     * past the deadline (as with a wrong password against ipmi_sim, on a loaded machine): the
     * answer to a status is still the refused login with what to check, not a slow device, and
     * the stopped ipmitool is gone.
     */
    @Test
    void aLoginRefusedOverLanplusStaysTheAnswerWhenTheLanFallbackRunsIntoTheDeadline() throws Exception {
        Path tool = script("refusing-ipmitool", """
                #!/bin/sh
                case " $* " in
                *" -I lanplus "*) echo 'Error: Unable to establish IPMI v2 / RMCP+ session' >&2; exit 1 ;;
                esac
                echo $$ > '%1$s/pid'
                exec sleep 600
                """.formatted(dir));
        long deadlineMs = 8000;
        long t0 = System.nanoTime();
        Doc answer = run(Requests.call("status", Requests.ipmi("192.0.2.7", "admin", PASSWORD)),
                List.of("ipmi.tool=" + tool, "ipmi.interface=auto", "deadline.ms=" + deadlineMs)).doc();
        long ms = Patience.millisSince(t0);
        String text = answer.error("connection").errorText();
        assertTrue(text.contains("over IPMI 2.0 (lanplus) with cipher suite 17 (the deadline came while IPMI 1.5 (lan)"
                + " was tried)")
                && text.contains("check the user name and password") && text.contains("RMCP+ session"), text);
        assertTrue(ms < Patience.bound(deadlineMs), "answered after " + ms + " ms with deadline.ms=" + deadlineMs);
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        assertFalse(running(pid), "the lan ipmitool " + pid + " still runs");
    }

    /** Whether a process exists and is not a zombie waiting to be reaped. */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        // a killed process is gone or a zombie at once; the wait is for a machine too busy to say so
        for (int i = 0; i < 200; i++) {
            String s;
            try {
                s = Files.readString(stat);
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
            char state = s.substring(s.lastIndexOf(')') + 2).charAt(0);
            if (state == 'Z' || state == 'X') {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return true;
    }
}
