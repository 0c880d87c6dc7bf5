package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.sim.Fault;
import net.dcihandlers.sim.SimulatedSwitch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built launchers against the project's simulated switch: answers as the device holds it,
 * the deadline kept whatever the device does, secrets kept out of every output, and many calls at
 * once, as the panel's statistics cron makes them.
 */
class DevicesIT {
    private static final String COMMUNITY = "r0-C0mmunity-4711";
    private static final String WRITE_COMMUNITY = "rw-C0mmunity-4711";
    private static final String V3_USER = "opsv3";
    private static final String AUTH = "v3-Auth-Passphrase-4711";
    private static final String PRIV = "v3-Priv-Passphrase-4711";
    private static SimulatedSwitch sw;
    private static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        sw = SimulatedSwitch.builder().ports(48).sysName("load-switch").readCommunity(COMMUNITY)
                .writeCommunity(WRITE_COMMUNITY).v3User(V3_USER, AUTH, PRIV).start();
        tmp = Dist.newScratch("devices");
    }

    @AfterAll
    static void stop() throws IOException {
        if (sw != null) {
            sw.close();
        }
        Dist.deleteTree(tmp);
    }

    @BeforeEach
    void noFaults() {
        sw.clearFaults();
    }

    /** A configuration with SNMP timeouts and a deadline a loaded machine keeps, then {@code conf}. */
    private static Map<String, String> env(String... conf) throws IOException {
        return Dist.withConfiguration(tmp, Patience.answering(conf));
    }

    private static String v2(String community) {
        return "<device_params><ip>" + sw.address() + "</ip><snmp_ver>SNMP v2c</snmp_ver><snmp_community>"
                + community + "</snmp_community></device_params>";
    }

    private static String v3(String auth, String priv) {
        return "<device_params><ip>" + sw.address() + "</ip><snmp_ver>SNMP v3</snmp_ver><snmp_user>" + V3_USER
                + "</snmp_user><snmp_auth_level>authpriv</snmp_auth_level><snmp_auth_phrase>" + auth
                + "</snmp_auth_phrase><snmp_priv_phrase>" + priv + "</snmp_priv_phrase></device_params>";
    }

    private static Dist.Result switchCall(Map<String, String> env, String request, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Dist.launcher("dci-switch").toString()));
        cmd.addAll(List.of(args));
        return Dist.run(cmd, env, tmp, request);
    }

    @Test
    void portOffThroughTheLauncherChangesTheSimulatedSwitch() throws IOException {
        int ifIndex = sw.portIfIndexes().get(4);
        Dist.Result r = switchCall(env(), "<doc><func>port_off</func>" + v2(WRITE_COMMUNITY) + "<port><identity>"
                + ifIndex + "</identity></port></doc>");
        Document d = r.document();
        assertEquals("off", Dist.text(d, "admin_status"), r::describe);
        assertEquals(2, sw.adminStatus(ifIndex), "the simulator holds down");
        switchCall(env(), "<doc><func>port_on</func>" + v2(WRITE_COMMUNITY) + "<port><identity>" + ifIndex
                + "</identity></port></doc>");
        assertEquals(1, sw.adminStatus(ifIndex));
    }

    @Test
    void aSilentDeviceIsAConnectionErrorWithinTheDeadline() throws IOException {
        sw.setFaults(Fault.silent());
        // a deadline that leaves the JVM's start room, so that the device is asked; without the
        // deadline, 11 tries of 30 s: far beyond the bound
        long deadline = DeadlineIT.REACHING_DEADLINE_MS;
        long before = sw.requests();
        long t0 = System.nanoTime();
        Dist.Result r = switchCall(env("deadline.ms=" + deadline, "snmp.timeout.ms=30000", "snmp.retries=10"),
                "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>");
        long ms = Patience.millisSince(t0);
        String text = Dist.assertErrorDocument(r, "connection");
        assertTrue(text.contains(sw.address()), text);
        assertTrue(sw.requests() > before, "the device was asked");
        assertTrue(ms < Patience.bound(deadline), "answered after " + ms + " ms; deadline.ms=" + deadline);
    }

    @Test
    void aSlowDeviceIsWaitedForWithinTheDeadline() throws IOException {
        sw.setFaults(Fault.slow(Duration.ofMillis(150)));
        Dist.Result r = switchCall(env(), "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>");
        assertEquals(48, r.document().getElementsByTagName("port").getLength(), r::describe);
    }

    @Test
    void noSecretReachesStdoutStderrOrTheTrace() throws IOException {
        List<Dist.Result> runs = new ArrayList<>();
        // a long deadline.ms, which counts the JVM's start-up too, and SNMP timeouts a loaded machine
        // keeps; short ones only where no answer comes
        Map<String, String> quick = env("snmp.v3.auth.protocol=SHA", "snmp.v3.priv.protocol=AES128");
        Map<String, String> unanswered = env("snmp.timeout.ms=2000", "snmp.retries=0");
        runs.add(switchCall(quick, "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>port_off</func>" + v2(COMMUNITY) + "<port><identity>1</identity></port></doc>", "-v"));
        runs.add(switchCall(unanswered, "<doc><func>status</func>" + v2(COMMUNITY + "-wrong") + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH, PRIV) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH + "-wrong", PRIV) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH, PRIV + "-wrong") + "</doc>", "-v"));
        sw.setFaults(Fault.silent());
        runs.add(switchCall(unanswered, "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>", "-v"));
        Map<String, String> manual = new java.util.HashMap<>(quick);
        manual.put("DCI_SNMP_AUTH_PHRASE", AUTH);
        manual.put("DCI_SNMP_PRIV_PHRASE", PRIV);
        runs.add(Dist.run(List.of(Dist.launcher("dci-switch").toString(), "status", "--ip", sw.address(),
                "--snmp-version", "3", "--user", V3_USER, "-v", "--request"), manual, tmp, (String) null));
        // no BMC there: any error will do, the deadline only keeps the run short
        Map<String, String> ipmi = env("deadline.ms=20000", "ipmi.interface=lanplus");
        runs.add(Dist.run(List.of(Dist.launcher("dci-ipmi").toString(), "-v"), ipmi, tmp,
                "<doc><func>status</func><device_params><ip>127.0.0.1:9</ip><user>admin</user><pass>" + PRIV
                        + "</pass></device_params></doc>"));
        assertTrue(runs.get(0).document().getElementsByTagName("port").getLength() > 0, runs.get(0)::describe);
        assertTrue(runs.get(3).document().getElementsByTagName("port").getLength() > 0, runs.get(3)::describe);
        for (Dist.Result r : runs) {
            for (String secret : List.of(COMMUNITY, WRITE_COMMUNITY, AUTH, PRIV)) {
                assertFalse(r.stdout().contains(secret), "stdout holds a secret: " + r.describe());
                assertFalse(r.stderr().contains(secret), "stderr/trace holds a secret: " + r.describe());
            }
            if (r != runs.get(7)) {
                assertTrue(r.stderr().contains("ms]"), "the trace ran: " + r.describe());
            }
        }
    }

    @Test
    void fiftyCallsAtOnceAllAnswerCorrectly() throws Exception {
        // generous: fifty JVMs start at once on a small machine, and answers wait their turn;
        // deadline.ms counts each JVM's start-up, which took up to a minute on a machine at load 25
        Map<String, String> env = env("snmp.timeout.ms=20000", "snmp.retries=3");
        String request = "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>";
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Dist.Result>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // each may wait its turn in the launchers' queue (twice the processors at once)
                // for up to deadline.ms: the harness waits as long
                calls.add(pool.submit(() -> Dist.run(List.of(Dist.launcher("dci-switch").toString()), env, tmp,
                        request.getBytes(java.nio.charset.StandardCharsets.UTF_8), 320)));
            }
            for (Future<Dist.Result> f : calls) {
                Dist.Result r = f.get();
                Document d = r.document();
                assertEquals("load-switch", Dist.text(d, "hostname"), r::describe);
                NodeList ports = d.getElementsByTagName("port");
                assertEquals(48, ports.getLength(), r::describe);
                for (int i = 0; i < ports.getLength(); i++) {
                    Element p = (Element) ports.item(i);
                    int ifIndex = Integer.parseInt(p.getElementsByTagName("identity").item(0).getTextContent());
                    assertEquals(sw.descr(ifIndex), p.getElementsByTagName("description").item(0).getTextContent());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- devices that answer wrongly: an error, never a short or empty answer given as whole

    /** An INTEGER object served as an OCTET STRING: the error names the object, its OID and the type received. */
    @Test
    void aWrongTypeInIfTypeOrIfAdminStatusIsAnErrorNamingTheObjectNotZeroPorts() throws IOException {
        for (String[] c : List.of(new String[] {"1.3.6.1.2.1.2.2.1.3", "ifType", "status"},
                new String[] {"1.3.6.1.2.1.2.2.1.3", "ifType", "statistics"},
                new String[] {"1.3.6.1.2.1.2.2.1.7", "ifAdminStatus", "status"})) {
            sw.setFaults(Fault.wrongTypeUnder(c[0]));
            Dist.Result r = switchCall(env(), "<doc><func>" + c[2] + "</func>" + v2(COMMUNITY) + "</doc>");
            String text = Dist.assertErrorDocument(r, "unexpected_data");
            assertTrue(text.contains(c[1] + ".") && text.contains("(" + c[0] + ".") && text.contains("OCTET STRING"),
                    c[2] + ": " + text);
        }
    }

    /** dot1dTpFdbEntry of BRIDGE-MIB, which the plain simulated switch serves its forwarding table in. */
    private static final String TP_FDB_ENTRY = "1.3.6.1.2.1.17.4.3.1";

    /** The MACs learned, by ifIndex, as mac_list must list them; learns {@code count} of them first. */
    private static Map<String, java.util.SortedSet<String>> learned(int count) {
        sw.fdb().clear();
        List<Integer> ports = sw.portIfIndexes();
        for (int i = 0; i < count; i++) {
            sw.fdb().learn(1, String.format("02:00:5E:%02X:%02X:%02X", i % 5, i / 256, i % 256), ports.get(i * 11 % ports.size()));
        }
        Map<String, java.util.SortedSet<String>> byPort = new java.util.TreeMap<>();
        for (var e : sw.fdb().entries()) {
            byPort.computeIfAbsent(Integer.toString(e.ifIndex()), k -> new java.util.TreeSet<>()).add(e.macText());
        }
        return byPort;
    }

    private static Map<String, java.util.SortedSet<String>> macs(Document d) {
        Map<String, java.util.SortedSet<String>> byPort = new java.util.TreeMap<>();
        NodeList ports = d.getElementsByTagName("port");
        for (int i = 0; i < ports.getLength(); i++) {
            Element p = (Element) ports.item(i);
            NodeList macs = p.getElementsByTagName("mac");
            for (int m = 0; m < macs.getLength(); m++) {
                byPort.computeIfAbsent(p.getElementsByTagName("identity").item(0).getTextContent(),
                        k -> new java.util.TreeSet<>()).add(macs.item(m).getTextContent());
            }
        }
        return byPort;
    }

    /**
     * A switch that walks its forwarding table out of order (every other OID does not increase,
     * as a BDCOM S5612 does): mac_list returns every MAC on its port, as snmpwalk -Cc reads them.
     */
    @Test
    void macListReturnsEveryMacOfASwitchThatWalksItsForwardingTableOutOfOrder() throws IOException {
        try {
            Map<String, java.util.SortedSet<String>> expected = learned(300);
            sw.setFaults(Fault.outOfOrder(TP_FDB_ENTRY));
            Dist.Result r = switchCall(env(), "<doc><func>mac_list</func>" + v2(COMMUNITY) + "</doc>", "-v");
            assertEquals(expected, macs(r.document()), r::describe);
            assertTrue(r.stderr().contains("out of order"), "the trace says why the walk went on");
            assertEquals(300, expected.values().stream().mapToInt(java.util.Set::size).sum());
        } finally {
            sw.fdb().clear();
        }
    }

    /** A switch whose forwarding table walks in circles gets an error, never the MACs before the loop as all. */
    @Test
    void aSwitchWhoseForwardingTableWalksInCirclesGetsAnError() throws IOException {
        try {
            learned(100);
            sw.setFaults(Fault.inCircles(TP_FDB_ENTRY, 40));
            Dist.Result r = switchCall(env(), "<doc><func>mac_list</func>" + v2(COMMUNITY) + "</doc>");
            String text = Dist.assertErrorDocument(r, "unexpected_data");
            assertTrue(text.contains("a second time") && text.contains("in circles") && text.contains(sw.address()), text);
        } finally {
            sw.fdb().clear();
        }
    }
}
