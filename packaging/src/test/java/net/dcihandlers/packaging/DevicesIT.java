package net.dcihandlers.packaging;

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
import java.nio.file.Files;
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

    private static Map<String, String> env(String... conf) throws IOException {
        Path f = Files.createTempFile(tmp, "conf", ".properties");
        Files.write(f, List.of(conf));
        Map<String, String> env = Dist.withJava();
        env.put("DCI_HANDLERS_CONF", f.toString());
        return env;
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
        long t0 = System.nanoTime();
        Dist.Result r = switchCall(env("deadline.ms=3000", "snmp.timeout.ms=1000", "snmp.retries=5"),
                "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Dist.assertErrorDocument(r, "connection");
        assertTrue(ms < 3000 + 700, "answered after " + ms + " ms; deadline.ms=3000");
    }

    @Test
    void aSlowDeviceIsWaitedForWithinTheDeadline() throws IOException {
        sw.setFaults(Fault.slow(Duration.ofMillis(150)));
        Dist.Result r = switchCall(env("deadline.ms=8000"), "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>");
        assertEquals(48, r.document().getElementsByTagName("port").getLength(), r::describe);
    }

    @Test
    void noSecretReachesStdoutStderrOrTheTrace() throws IOException {
        List<Dist.Result> runs = new ArrayList<>();
        Map<String, String> quick = env("deadline.ms=2500", "snmp.timeout.ms=400", "snmp.retries=0",
                "snmp.v3.auth.protocol=SHA", "snmp.v3.priv.protocol=AES128");
        runs.add(switchCall(quick, "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>port_off</func>" + v2(COMMUNITY) + "<port><identity>1</identity></port></doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v2(COMMUNITY + "-wrong") + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH, PRIV) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH + "-wrong", PRIV) + "</doc>", "-v"));
        runs.add(switchCall(quick, "<doc><func>status</func>" + v3(AUTH, PRIV + "-wrong") + "</doc>", "-v"));
        sw.setFaults(Fault.silent());
        runs.add(switchCall(quick, "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>", "-v"));
        Map<String, String> manual = new java.util.HashMap<>(quick);
        manual.put("DCI_SNMP_AUTH_PHRASE", AUTH);
        manual.put("DCI_SNMP_PRIV_PHRASE", PRIV);
        runs.add(Dist.run(List.of(Dist.launcher("dci-switch").toString(), "status", "--ip", sw.address(),
                "--snmp-version", "3", "--user", V3_USER, "-v", "--request"), manual, tmp, (String) null));
        Map<String, String> ipmi = env("deadline.ms=2500");
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
        // generous: fifty JVMs start at once on a small machine, and answers wait their turn
        Map<String, String> env = env("deadline.ms=60000", "snmp.timeout.ms=8000", "snmp.retries=3");
        String request = "<doc><func>status</func>" + v2(COMMUNITY) + "</doc>";
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Dist.Result>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> switchCall(env, request)));
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
}
