package net.dcihandlers.packaging;

import com.sun.net.httpserver.HttpServer;
import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of bad requests, each through the built launcher as the panel would send it: every one
 * gets one well-formed error document of the right type, exit 0, quickly, with no stack trace on
 * stdout, no file read, no URL fetched, no command run, and nothing sent to the device (the
 * requests name a UDP socket that counts what reaches it).
 */
class HostileInputIT {
    private static final String CANARY = "/tmp/dci-canary-" + UUID.randomUUID();
    private static final String SECRET_TOKEN = "file-secret-" + UUID.randomUUID();
    private static Path tmp;
    private static Path secretFile;
    private static HttpServer http;
    private static final AtomicInteger fetches = new AtomicInteger();
    private static Map<String, String> env;
    /** The corpus's deadline.ms: far beyond any refusal, since it counts the JVM's start on a loaded machine too. */
    private static final long CORPUS_DEADLINE_MS = 120_000;
    /** The device every request names: a UDP socket that only counts what reaches it. */
    private static java.net.DatagramSocket device;
    private static final AtomicInteger datagrams = new AtomicInteger();
    private static String deviceIp;

    @BeforeAll
    static void setUp() throws IOException {
        tmp = Dist.newScratch("hostile");
        secretFile = tmp.resolve("secret.txt");
        Files.writeString(secretFile, SECRET_TOKEN);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", ex -> {
            fetches.incrementAndGet();
            byte[] b = "<!ENTITY x \"fetched\">".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.start();
        device = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress());
        deviceIp = "127.0.0.1:" + device.getLocalPort();
        Thread counter = new Thread(() -> {
            byte[] b = new byte[65535];
            while (!device.isClosed()) {
                try {
                    device.receive(new java.net.DatagramPacket(b, b.length));
                    datagrams.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "device-canary");
        counter.setDaemon(true);
        counter.start();
        Path conf = tmp.resolve("test.conf");
        // a deadline far beyond any refusal: deadline.ms counts the JVM's start-up, slow on a loaded machine
        Files.writeString(conf, "deadline.ms=" + CORPUS_DEADLINE_MS + "\nsnmp.timeout.ms=300\nsnmp.retries=0\n");
        env = Dist.withJava();
        env.put("DCI_HANDLERS_CONF", conf.toString());
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (http != null) {
            http.stop(0);
        }
        if (device != null) {
            device.close();
        }
        Dist.deleteTree(tmp);
        Files.deleteIfExists(Path.of(CANARY));
    }

    private static String v2() {
        return "<device_params><ip>" + deviceIp + "</ip><snmp_ver>SNMP v2c</snmp_ver>"
                + "<snmp_community>public</snmp_community></device_params>";
    }

    private static String v3(String user, String level, String auth, String priv) {
        return "<device_params><ip>" + deviceIp + "</ip><snmp_ver>SNMP v3</snmp_ver>"
                + (user == null ? "" : "<snmp_user>" + user + "</snmp_user>")
                + (level == null ? "" : "<snmp_auth_level>" + level + "</snmp_auth_level>")
                + (auth == null ? "" : "<snmp_auth_phrase>" + auth + "</snmp_auth_phrase>")
                + (priv == null ? "" : "<snmp_priv_phrase>" + priv + "</snmp_priv_phrase>")
                + "</device_params>";
    }

    private static String call(String func, String device, String port) {
        return "<doc><func>" + func + "</func>" + device + (port == null ? "" : "<port>" + port + "</port>") + "</doc>";
    }

    private static Arguments bad(String name, String handler, Object request) {
        byte[] b = request instanceof byte[] bytes ? bytes : ((String) request).getBytes(StandardCharsets.UTF_8);
        return Arguments.of(name, handler, b);
    }

    static Stream<Arguments> corpus() {
        String touch = "touch " + CANARY;
        String V2 = v2();
        String ipmi = "<device_params><ip>" + deviceIp + "</ip><user>admin</user><pass>pw</pass></device_params>";
        List<Arguments> c = new ArrayList<>(List.of(
                bad("empty", "dci-switch", ""),
                bad("whitespace only", "dci-switch", " \n\t "),
                bad("not XML", "dci-switch", "status please"),
                bad("truncated", "dci-switch", "<doc><func>status</func><device_params><ip>127.0.0.1"),
                bad("two roots", "dci-switch", call("status", V2, null) + call("status", V2, null)),
                bad("wrong root", "dci-switch", "<request><func>status</func>" + V2 + "</request>"),
                bad("unknown func", "dci-switch", call("reboot_everything", V2, null)),
                bad("func of another device type", "dci-switch", call("port_reset", V2, "<identity>1</identity>")),
                bad("missing func", "dci-switch", "<doc>" + V2 + "</doc>"),
                bad("empty func", "dci-switch", call("", V2, null)),
                bad("missing device_params", "dci-switch", "<doc><func>status</func></doc>"),
                bad("empty device_params", "dci-switch", call("status", "<device_params/>", null)),
                bad("empty ip", "dci-switch", call("status", V2.replace(deviceIp, ""), null)),
                bad("ip port too big", "dci-switch", call("status", V2.replace(deviceIp, "127.0.0.1:70000"), null)),
                bad("ip port zero", "dci-switch", call("status", V2.replace(deviceIp, "127.0.0.1:0"), null)),
                bad("ip port not a number", "dci-switch", call("status", V2.replace(deviceIp, "127.0.0.1:snmp"), null)),
                bad("ip unclosed bracket", "dci-switch", call("status", V2.replace(deviceIp, "[::1:161"), null)),
                bad("port_off without port", "dci-switch", call("port_off", V2, null)),
                bad("port_off with empty port", "dci-switch", call("port_off", V2, "")),
                bad("port_off with empty identity", "dci-switch", call("port_off", V2, "<identity></identity>")),
                bad("port_off identity not an ifIndex", "dci-switch", call("port_off", V2, "<identity>Gi1/0/1</identity>")),
                bad("port_speed unknown speed", "dci-switch", call("port_speed", V2, "<identity>1</identity><speed>warp</speed>")),
                bad("port_duplex unknown duplex", "dci-switch", call("port_duplex", V2, "<identity>1</identity><duplex>quarter</duplex>")),
                bad("vlan_id 0", "dci-switch", call("set_vlan", V2, "<identity>1</identity><vlan_id>0</vlan_id>")),
                bad("vlan_id 4096", "dci-switch", call("set_vlan", V2, "<identity>1</identity><vlan_id>4096</vlan_id>")),
                bad("vlan_id not a number", "dci-switch", call("set_vlan", V2, "<identity>1</identity><vlan_id>ten</vlan_id>")),
                bad("trunk_members junk", "dci-switch", call("set_vlan", V2,
                        "<identity>1</identity><vlan_id>10</vlan_id><is_trunk>on</is_trunk><trunk_members>10,x</trunk_members>")),
                bad("trunk_members out of range", "dci-switch", call("set_vlan", V2,
                        "<identity>1</identity><vlan_id>10</vlan_id><is_trunk>on</is_trunk><trunk_members>10,5000</trunk_members>")),
                bad("unknown SNMP version", "dci-switch", call("status", V2.replace("SNMP v2c", "SNMP v4"), null)),
                bad("v1 without community", "dci-switch", call("status",
                        "<device_params><ip>127.0.0.1:9</ip><snmp_ver>SNMP v1</snmp_ver></device_params>", null)),
                bad("v3 without user", "dci-switch", call("status", v3(null, "noauth", null, null), null)),
                bad("v3 unknown level", "dci-switch", call("status", v3("ops", "superpriv", "12345678", "12345678"), null)),
                bad("v3 without auth phrase", "dci-switch", call("status", v3("ops", "authnopriv", null, null), null)),
                bad("v3 auth phrase too short", "dci-switch", call("status", v3("ops", "authpriv", "short", "longenough"), null)),
                bad("v3 priv phrase too short", "dci-switch", call("status", v3("ops", "authpriv", "longenough", "1234567"), null)),
                bad("external entity (file)", "dci-switch", "<!DOCTYPE doc [<!ENTITY x SYSTEM \"file://" + secretFile
                        + "\">]><doc><func>&x;</func>" + V2 + "</doc>"),
                bad("external DTD (http)", "dci-switch", "<!DOCTYPE doc SYSTEM \"http://127.0.0.1:" + http.getAddress().getPort()
                        + "/x.dtd\"><doc><func>status</func>" + V2 + "</doc>"),
                bad("parameter entity (http)", "dci-switch", "<!DOCTYPE doc [<!ENTITY % p SYSTEM \"http://127.0.0.1:"
                        + http.getAddress().getPort() + "/p\"> %p;]><doc><func>status</func>" + V2 + "</doc>"),
                bad("entity expansion bomb", "dci-switch", "<!DOCTYPE doc [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                        + "<doc><func>&f;</func></doc>"),
                bad("undeclared entity", "dci-switch", "<doc><func>&status;</func></doc>"),
                bad("invalid UTF-8", "dci-switch", latin1("<doc><func>status</func><device_params><ip>caf\u00e9</ip></device_params></doc>")),
                bad("UTF-16", "dci-switch", utf16(call("status", V2, null))),
                bad("NUL byte", "dci-switch", "<doc><func>sta\u0000tus</func>" + V2 + "</doc>"),
                bad("control character", "dci-switch", "<doc><func>status\u0001</func>" + V2 + "</doc>"),
                bad("deep nesting", "dci-switch", "<doc>" + "<a>".repeat(20000) + "</a>".repeat(20000) + "</doc>"),
                bad("10 MB request", "dci-switch", Dist.repeat("<doc><func>status</func><pad>", 10_000_000)),
                bad("shell in ip", "dci-switch", call("status", V2.replace(deviceIp, "$(" + touch + ")"), null)),
                bad("backquotes in ip", "dci-switch", call("status", V2.replace(deviceIp, "`" + touch + "`"), null)),
                bad("shell in identity", "dci-switch", call("port_off", V2, "<identity>1;" + touch + "</identity>")),
                bad("shell in vlan name", "dci-switch", call("set_vlan", V2,
                        "<identity>1</identity><vlan_id>10</vlan_id><vlan_name>a;" + touch + "</vlan_name>")),
                bad("shell in snmp version", "dci-switch", call("status", V2.replace("SNMP v2c", "$(" + touch + ")"), null)),
                bad("shell in auth level", "dci-switch", call("status", v3("ops", "|" + touch, "12345678", "12345678"), null)),
                bad("ipmi: shell in ip", "dci-ipmi", call("status", "<device_params><ip>127.0.0.1;" + touch
                        + "</ip><user>admin</user><pass>pw</pass></device_params>", null)),
                bad("ipmi: port other than power", "dci-ipmi", call("port_off",
                        "<device_params><ip>127.0.0.1:9</ip><user>admin</user><pass>pw</pass></device_params>",
                        "<identity>1</identity>")),
                bad("ipmi: user too long", "dci-ipmi", call("status", "<device_params><ip>127.0.0.1:9</ip><user>"
                        + "$(" + touch + ")</user><pass>pw</pass></device_params>", null)),
                bad("ipmi: control character in user", "dci-ipmi", call("status",
                        "<device_params><ip>127.0.0.1:9</ip><user>ad&#9;min</user><pass>pw</pass></device_params>", null)),
                // ambiguous requests: DCImanager sends one of each; two are refused, whichever would win
                bad("two funcs, a read then a write", "dci-switch", "<doc><func>status</func><func>port_off</func>" + V2
                        + "<port><identity>1</identity></port></doc>"),
                bad("two funcs, a write then a read", "dci-switch", "<doc><func>port_off</func>" + V2
                        + "<port><identity>1</identity></port><func>status</func></doc>"),
                bad("two device_params", "dci-switch", "<doc><func>status</func>" + V2 + V2 + "</doc>"),
                bad("two ports", "dci-switch", "<doc><func>port_off</func>" + V2
                        + "<port><identity>1</identity></port><port><identity>2</identity></port></doc>"),
                bad("two identities", "dci-switch", call("port_off", V2, "<identity>1</identity><identity>2</identity>")),
                bad("two ips", "dci-switch", call("status", V2.replace("<ip>", "<ip>10.0.0.1</ip><ip>"), null)),
                bad("two communities", "dci-switch", call("status",
                        V2.replace("<snmp_community>", "<snmp_community>private</snmp_community><snmp_community>"), null)),
                bad("two snmp versions", "dci-switch", call("status",
                        V2.replace("<snmp_ver>", "<snmp_ver>SNMP v1</snmp_ver><snmp_ver>"), null)),
                bad("two vlan ids", "dci-switch", call("set_vlan", V2,
                        "<identity>1</identity><vlan_id>10</vlan_id><vlan_id>20</vlan_id>")),
                bad("ipmi: two funcs", "dci-ipmi", "<doc><func>status</func><func>port_off</func>" + ipmi
                        + "<port><identity>power</identity></port></doc>"),
                bad("ipmi: two users", "dci-ipmi", call("status", ipmi.replace("<user>", "<user>root</user><user>"), null)),
                bad("pdu: two identities", "dci-pdu", call("port_off", V2, "<identity>1</identity><identity>2</identity>")),
                bad("ups: two ips", "dci-ups", call("status", V2.replace("<ip>", "<ip>10.0.0.1</ip><ip>"), null)),
                bad("XML 1.1 with a control character", "dci-switch", "<?xml version=\"1.1\"?><doc><func>status&#1;</func>"
                        + V2 + "</doc>"),
                bad("XML 1.1 plain", "dci-ipmi", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + call("status", ipmi, null)),
                // addresses that name no one device
                bad("ip 0.0.0.0", "dci-switch", call("status", V2.replace(deviceIp, "0.0.0.0"), null)),
                bad("ip 0 (0.0.0.0 to C)", "dci-ipmi", call("status", ipmi.replace(deviceIp, "0"), null)),
                bad("ip broadcast", "dci-switch", call("port_off", V2.replace(deviceIp, "255.255.255.255"), "<identity>1</identity>")),
                bad("ip multicast", "dci-pdu", call("status", V2.replace(deviceIp, "224.0.0.1"), null)),
                bad("ip unspecified v6", "dci-ups", call("status", V2.replace(deviceIp, "[::]:161"), null)),
                bad("ip multicast v6", "dci-ipmi", call("port_off", ipmi.replace(deviceIp, "ff02::1"), "<identity>power</identity>")),
                bad("ups-nut: broadcast upsd", "dci-ups-nut", call("status",
                        "<device_params><ip>ups@255.255.255.255</ip></device_params>", null))));
        return c.stream();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        b.writeBytes(s.getBytes(StandardCharsets.UTF_16BE));
        return b.toByteArray();
    }

    /**
     * A caller that writes half a request and never closes stdin would leave a handler blocked in
     * its read: the deadline watchdog answers anyway and ends the process.
     */
    @Test
    void aRequestThatNeverEndsIsAnsweredAtTheDeadline() throws Exception {
        Path conf = tmp.resolve("short-deadline.conf");
        Files.writeString(conf, "deadline.ms=5000\n");
        ProcessBuilder pb = new ProcessBuilder(Dist.launcher("dci-switch").toString()).directory(tmp.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("DCI_HANDLERS_CONF", conf.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        var out = Dist.drain(p.getInputStream());
        var err = Dist.drain(p.getErrorStream());
        p.getOutputStream().write("<doc><func>status</func><device_params>".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        try {
            // the request never ends: only the deadline can end the call
            assertTrue(p.waitFor(Patience.bound(5000), java.util.concurrent.TimeUnit.MILLISECONDS),
                    "the handler ended by itself");
            long ms = Patience.millisSince(t0);
            Dist.Result r = new Dist.Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8), false);
            String text = Dist.assertErrorDocument(r, "connection");
            assertTrue(text.contains("deadline.ms"), text);
            assertTrue(ms < Patience.bound(5000), "answered after " + ms + " ms; deadline.ms=5000");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void theCorpusHasAtLeastFortyRequests() {
        assertTrue(corpus().count() >= 40, "corpus size " + corpus().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBadRequestGetsOneErrorDocumentQuicklyAndDoesNothingElse(String name, String handler, byte[] request) {
        long t0 = System.nanoTime();
        Dist.Result r = Dist.run(List.of(Dist.launcher(handler).toString()), env, tmp, request);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.exit(), r::describe);
        String text = Dist.assertErrorDocument(r, "unexpected_data");
        // refused, not left to the watchdog (whose answer is a connection error): before deadline.ms
        assertTrue(ms < CORPUS_DEADLINE_MS, name + " took " + ms + " ms");
        assertFalse(r.stdout().contains("Exception") || r.stdout().contains("\tat "), "no stack trace: " + r.stdout());
        assertFalse(r.stdout().contains(SECRET_TOKEN) || r.stderr().contains(SECRET_TOKEN), "no file read");
        assertEquals(0, fetches.get(), "no URL fetched");
        assertFalse(Files.exists(Path.of(CANARY)), "no command run");
        assertFalse(text.isBlank(), "the error says something");
        assertEquals(0, datagrams.get(), "nothing reached the device");
    }
}
