package net.dcihandlers.core.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CallState;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Requirement;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --dump FILE}: a recording snmpsim serves as the device answered, whole or not at all, without credentials. */
class SnmpDumpTest {
    private static final String SYSTEM = "1.3.6.1.2.1.1";
    private static final String TABLE = "1.3.6.1.4.1.99999.90.1";
    private static final String SCALAR = "1.3.6.1.4.1.99999.91.0";
    private static final String UNDECLARED = "1.3.6.1.4.1.99999.92.1.0";
    private static final String COMMUNITY = "c0mmunity-s3cret";

    private final ScriptedAgent agent = new ScriptedAgent();

    @AfterEach
    void stop() {
        agent.close();
    }

    /** A handler that reads one table and one scalar; its status says nothing of the device. */
    private static HandlerSpec spec() {
        return HandlerSpec.builder("dci-test", DeviceType.SWITCH, "test switch")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3)
                .function(Function.STATUS, call -> new Response().hostname("sw1"))
                .snmpSubtrees((config, trace) -> List.of(new OID(TABLE), new OID(SCALAR)))
                .build();
    }

    private void device() {
        agent.put(SYSTEM + ".1.0", new OctetString("Test switch \\ firmware 1.2 (a|b)"));
        agent.put(SYSTEM + ".2.0", new OID("1.3.6.1.4.1.99999.1.7"));
        agent.put(SYSTEM + ".3.0", new TimeTicks(4_294_967_295L));
        agent.put(SYSTEM + ".5.0", new OctetString("core-1"));
        int row = 0;
        for (Variable v : List.of(new Integer32(-5), new Integer32(Integer.MAX_VALUE), new Counter32(4_294_967_295L),
                new Gauge32(1000), new IpAddress("10.1.2.3"), new OctetString("plain text"), new OctetString(""),
                new OctetString("two\nlines"), new OctetString("trailing "), new OctetString(" leading"),
                new OctetString(new byte[] {0, 0x1b, (byte) 0xc4, (byte) 0xff, 0x10, 0x7f}),
                new OctetString("Gr\u00fc\u00dfe".getBytes(StandardCharsets.UTF_8)), new OID("1.3.6.1.2.1.2.2"))) {
            agent.put(TABLE + ".2." + ++row, v);
        }
        agent.put(SCALAR, new Integer32(42));
        agent.put(UNDECLARED, new OctetString("not read by the handler"));
    }

    private RunResult dump(Path file, String... more) {
        List<String> args = Stream.concat(Stream.of("--dump", file.toString(), "--ip", agent.address(),
                "--community", COMMUNITY), Stream.of(more)).toList();
        return InProcess.of(spec()).config(Patience.answering()).run("", args.toArray(new String[0]));
    }

    private static NavigableMap<OID, String> lines(Path file) throws IOException {
        NavigableMap<OID, String> lines = new TreeMap<>();
        OID last = null;
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            OID oid = new OID(line.substring(0, line.indexOf('|')));
            assertTrue(last == null || oid.compareTo(last) > 0, "in OID order, each once: " + line + " after " + last);
            last = oid;
            lines.put(oid, line);
        }
        return lines;
    }

    @Test
    void snmpsimServesTheDumpAsTheDeviceAnswered(@TempDir Path dir) throws Exception {
        device();
        Path file = dir.resolve("device.snmprec");
        RunResult r = dump(file);
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("values written to " + file), r.stderr());
        NavigableMap<OID, String> lines = lines(file);
        NavigableMap<OID, Variable> expected = new TreeMap<>(agent.values());
        expected.remove(new OID(UNDECLARED));
        assertEquals(expected.keySet(), lines.keySet(), "the system group and the declared subtrees, nothing else");
        assertFalse(Files.readString(file).contains(COMMUNITY));
        assertTrue(lines.get(new OID(TABLE + ".2.6")).endsWith("|4|plain text"), "printable text as it is");
        assertTrue(lines.get(new OID(TABLE + ".2.8")).contains("|4x|"), "a newline in hex");

        try (Snmpsim sim = Snmpsim.start(Map.of("public", file));
             SnmpClient snmp = client(sim.address(), "SNMP v2c", "public")) {
            SnmpTable served = snmp.walkAsSent(SnmpDump.roots(List.of(new OID(TABLE), new OID(SCALAR))));
            NavigableMap<OID, Variable> got = new TreeMap<>();
            for (OID root : SnmpDump.roots(List.of(new OID(TABLE), new OID(SCALAR)))) {
                served.column(root).forEach((index, v) -> got.put(new OID(root).append(index), v));
            }
            assertEquals(expected, got, "snmpsim serves every value with its type, as the device did");
        }
    }

    /** SNMP v1 walks by GETNEXT, and carries no Counter64: the dump is the v2c one without them. */
    @Test
    void snmpV1WalksTheSameSubtrees(@TempDir Path dir) throws Exception {
        device();
        agent.put(TABLE + ".3.1", new Counter64(-1L));
        Path v2 = dir.resolve("v2.snmprec");
        Path v1 = dir.resolve("v1.snmprec");
        assertEquals(0, dump(v2).exit());
        RunResult r = dump(v1, "--snmp-version", "1", "-v");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("GETNEXT") && !r.stderr().contains("GETBULK"), r.stderr());
        NavigableMap<OID, String> all = lines(v2);
        assertEquals(new OID(TABLE + ".3.1") + "|70|18446744073709551615", all.remove(new OID(TABLE + ".3.1")));
        assertEquals(all, lines(v1));
    }

    @Test
    void aValueHoldingTheCommunityIsWrittenAsAPlaceholderAndTraced(@TempDir Path dir) throws IOException {
        device();
        String contact = SYSTEM + ".4.0";
        agent.put(contact, new OctetString("call ops, community " + COMMUNITY));
        Path file = dir.resolve("device.snmprec");
        String request = "<doc><func>status</func><device_params><ip>" + agent.address() + "</ip><snmp_ver>SNMP v2c"
                + "</snmp_ver><snmp_community>" + COMMUNITY + "</snmp_community></device_params></doc>";
        RunResult r = InProcess.of(spec()).config(Patience.answering()).run(request, "-v", "--dump", file.toString());
        assertEquals(0, r.exit(), r.stderr());
        String written = Files.readString(file);
        assertFalse(written.contains(COMMUNITY), written);
        assertEquals(contact + "|4|" + SnmpDump.PLACEHOLDER, lines(file).get(new OID(contact)));
        assertTrue(r.stderr().contains("the value of " + contact + " contains a credential"), r.stderr());
        assertFalse(r.stderr().contains(COMMUNITY), r.stderr());
    }

    /** The SNMPv3 user and pass phrases are kept out like the community, whichever value holds them. */
    @Test
    void valuesHoldingAUserOrPassPhraseAreWrittenAsPlaceholders(@TempDir Path dir) throws Exception {
        device();
        List<String> credentials = List.of("ops-user", "auth-phrase-1", "priv-phrase-2");
        for (int i = 0; i < credentials.size(); i++) {
            agent.put(TABLE + ".4." + (i + 1), new OctetString("x" + credentials.get(i) + "y"));
        }
        Path file = dir.resolve("device.snmprec");
        try (SnmpClient snmp = client(agent.address(), "SNMP v2c", "public")) {
            SnmpDump.to(file).write(snmp, List.of(new OID(TABLE)), credentials, Trace.off());
        }
        String written = Files.readString(file);
        for (int i = 0; i < credentials.size(); i++) {
            assertFalse(written.contains(credentials.get(i)), written);
            assertEquals(TABLE + ".4." + (i + 1) + "|4|" + SnmpDump.PLACEHOLDER, lines(file).get(new OID(TABLE + ".4." + (i + 1))));
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedBeforeAnythingIsSent(@TempDir Path dir) {
        device();
        for (Path file : List.of(dir.resolve("no-such-folder").resolve("device.snmprec"), dir)) {
            RunResult r = dump(file, "-v");
            assertEquals(2, r.exit(), r.stderr());
            assertTrue(r.stderr().contains("cannot write the dump to " + file), r.stderr());
            assertFalse(r.stderr().contains("SNMP session"), "nothing sent: " + r.stderr());
            assertEquals("", r.stdout());
        }
    }

    /** A device that stops answering: an error document, and the file as it was, with no stray file beside it. */
    @Test
    void aWalkCutShortByTheDeadlineLeavesTheFileAsItWas(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("device.snmprec"), "an earlier dump\n");
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            RunResult r = InProcess.of(spec()).config("deadline.ms=1000", "snmp.timeout.ms=100")
                    .run("", "--dump", file.toString(), "--ip", "127.0.0.1:" + silent.getLocalPort(), "--community", COMMUNITY);
            assertEquals(1, r.exit(), r.stderr());
            Doc d = Doc.parse(r.stdout()).error("connection");
            assertTrue(d.errorText().contains("127.0.0.1:" + silent.getLocalPort()), d.errorText());
        }
        assertEquals("an earlier dump\n", Files.readString(file));
        try (Stream<Path> in = Files.list(dir)) {
            assertEquals(List.of(file), in.toList());
        }
    }

    @Test
    void aDeviceWalkingInCirclesGivesAnErrorAndNoFile(@TempDir Path dir) throws IOException {
        device();
        OID third = new OID(TABLE + ".2.3");
        agent.next(oid -> oid.equals(third) ? third : agent.inOrder(oid));
        Path file = dir.resolve("device.snmprec");
        RunResult r = dump(file);
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(Doc.parse(r.stdout()).error("unexpected_data").errorText().contains("a second time"), r.stdout());
        try (Stream<Path> in = Files.list(dir)) {
            assertEquals(List.of(), in.toList());
        }
    }

    @Test
    void aDumpWithoutItsFileIsAUsageMistake() {
        for (String[] args : List.of(new String[] {"--dump"}, new String[] {"--dump", "-v", "--ip", agent.address()})) {
            RunResult r = InProcess.of(spec()).run("", args);
            assertEquals(2, r.exit(), r.stderr());
            assertTrue(r.stderr().contains("--dump needs the FILE to write"), r.stderr());
        }
    }

    @Test
    void aHandlerWithoutSnmpOffersNoDump(@TempDir Path dir) {
        HandlerSpec bmc = HandlerSpec.builder("dci-test-ipmi", DeviceType.IPMI, "test BMC")
                .function(Function.STATUS, call -> new Response()).build();
        Path file = dir.resolve("bmc.snmprec");
        RunResult r = InProcess.of(bmc).run("", "--dump", file.toString(), "--ip", "10.0.0.5");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("dci-test-ipmi reads no SNMP device"), r.stderr());
        assertFalse(Files.exists(file));
        assertFalse(InProcess.of(bmc).run("", "--help").stdout().contains("--dump"));
    }

    @Test
    void theHelpShowsTheDump(@TempDir Path dir) {
        RunResult help = InProcess.of(spec()).run("", "--help");
        assertTrue(help.stdout().contains("dci-test --dump FILE --ip ADDRESS"), help.stdout());
        Path file = dir.resolve("device.snmprec");
        RunResult options = InProcess.of(spec()).run("", "--dump", file.toString(), "--help");
        assertEquals(0, options.exit());
        assertTrue(options.stdout().contains("--community"), options.stdout());
        assertFalse(Files.exists(file));
    }

    private static SnmpClient client(String ip, String version, String community) throws HandlerException {
        DeviceParams d = new DeviceParams().ip(ip).snmpVersion(version).snmpCommunity(community);
        Config c = Config.of(Map.of("snmp.timeout.ms", Long.toString(Patience.SNMP_TIMEOUT_MS), "snmp.retries", "1"));
        return SnmpClient.open(new Call(Function.STATUS, new Request("status", d, null), c, Trace.off(),
                Deadline.in(Patience.DEADLINE_MS), new CallState()));
    }
}
