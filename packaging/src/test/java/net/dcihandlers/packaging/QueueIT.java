package net.dcihandlers.packaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The host-wide queue of the launchers (queue.slots): through the built launcher, with real handler
 * calls against a UDP socket that records every SNMP request (the community each call sends tells
 * which call it was) and never answers. Each test runs its own copy of the installation, so it has
 * a queue of its own. Orderings are asserted by events: a call has come when the queue's ticket
 * counter has moved, a call has its slot when its first request reaches the socket.
 */
class QueueIT {
    /** Long enough that no call runs out of time while the test steps through its events. */
    private static final String LONG_DEADLINE = "deadline.ms=120000";

    private Path tmp;
    private Path install;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void installCopy() throws IOException {
        tmp = Dist.newScratch("queue");
        install = Files.createDirectories(tmp.resolve("install"));
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("lib"));
        Files.copy(Dist.launcher("dci-switch"), install.resolve("bin/dci-switch"));
        Files.copy(Dist.home().resolve("lib/dci-switch.jar"), install.resolve("lib/dci-switch.jar"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        for (Process p : started) {
            p.destroyForcibly();
        }
        Dist.deleteTree(queueFolder());
        Dist.deleteTree(tmp);
    }

    /** Where the launcher keeps this installation's queue when run as root (README: the queue). */
    private Path queueFolder() {
        StringBuilder b = new StringBuilder("queue");
        for (char c : install.toString().toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' ? c : '_');
        }
        return Path.of("/run/dci-handlers").resolve(b.toString());
    }

    /** How many tickets the queue has handed out: moves when a call has come and taken its place in line. */
    private int ticketsTaken() {
        try {
            return Integer.parseInt(Files.readString(queueFolder().resolve("next")).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private String launcher() {
        return install.resolve("bin/dci-switch").toString();
    }

    private Map<String, String> env(String... conf) throws IOException {
        return Dist.withConfiguration(tmp, conf);
    }

    private static String request(String address, String community) {
        return "<doc><func>status</func><device_params><ip>" + address + "</ip><snmp_ver>SNMP v2c</snmp_ver>"
                + "<snmp_community>" + community + "</snmp_community></device_params></doc>";
    }

    /** A call started as the panel starts it; the request written and stdin closed. */
    private Call start(Map<String, String> env, String request, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        CompletableFuture<byte[]> out = Dist.drain(p.getInputStream());
        CompletableFuture<byte[]> err = Dist.drain(p.getErrorStream());
        try (var in = p.getOutputStream()) {
            in.write(request.getBytes(StandardCharsets.UTF_8));
        }
        return new Call(p, out, err);
    }

    record Call(Process process, CompletableFuture<byte[]> out, CompletableFuture<byte[]> err) {
        Dist.Result result() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                fail("a call did not end");
            }
            return new Dist.Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8), false);
        }
    }

    /** Waits for an event while the calls that must be running for it still run. */
    private static void await(String what, BooleanSupplier event, Call... running) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!event.getAsBoolean()) {
            for (Call c : running) {
                if (!c.process().isAlive()) {
                    fail("a call ended while waiting for " + what + ": " + c.result().describe());
                }
            }
            if (System.nanoTime() > end) {
                fail("waited 90 s for: " + what);
            }
            Thread.sleep(20);
        }
    }

    /**
     * One slot: while a call holds it, the calls that come after wait, sending nothing; SIGKILL of
     * the holder frees the slot, and the waiting calls then have it one at a time, in the order
     * they came.
     */
    @Test
    void callsWaitInArrivalOrderAndAKilledHolderFreesItsSlot() throws Exception {
        try (Recorder device = new Recorder()) {
            Call holder = start(env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0"),
                    request(device.address(), "holder"));
            await("the holder's first request", () -> device.communities().contains("holder"), holder);

            Map<String, String> quick = env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=300", "snmp.retries=0");
            List<Call> waiting = new ArrayList<>();
            List<String> names = List.of("first", "second", "third", "fourth");
            for (String name : names) {
                int before = ticketsTaken();
                waiting.add(start(quick, request(device.address(), name)));
                Call c = waiting.get(waiting.size() - 1);
                await(name + " taking its place in line", () -> ticketsTaken() == before + 1, c);
            }
            // every one has come and is waiting; with the slot taken, none has sent anything
            assertEquals(List.of("holder"), device.communities(), "only the holder talks to the device");

            holder.process().destroyForcibly();   // SIGKILL: nothing of the launcher or JVM can run
            assertTrue(holder.process().waitFor(60, TimeUnit.SECONDS));

            for (Call c : waiting) {
                Dist.Result r = c.result();
                String text = Dist.assertErrorDocument(r, "connection");
                assertTrue(text.contains(device.address()), "the device did not answer, not a busy host: " + text);
            }
            assertEquals(names, device.communities().subList(1, device.communities().size()),
                    "the slot went to the waiting calls in the order they came, one at a time");
        }
    }

    /**
     * A waiting call killed with SIGKILL (its launcher gone, a flock it started still waiting)
     * holds up nobody: the call behind it has the slot right after the call before it.
     */
    @Test
    void aWaitingCallKilledWithSigkillHoldsUpNobody() throws Exception {
        try (Recorder device = new Recorder()) {
            Call holder = start(env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0"),
                    request(device.address(), "holder"));
            await("the holder's first request", () -> device.communities().contains("holder"), holder);
            Map<String, String> quick = env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=300", "snmp.retries=0");
            Call first = start(quick, request(device.address(), "first"));
            await("the first taking its place in line", () -> ticketsTaken() == 2, first);
            Call killed = start(quick, request(device.address(), "killed"));
            await("the second taking its place in line", () -> ticketsTaken() == 3, killed);
            // the third's own wait ends long before the killed call's would have: it must not
            // have to wait for that
            Call third = start(env("queue.slots=1", "deadline.ms=60000", "snmp.timeout.ms=300", "snmp.retries=0"),
                    request(device.address(), "third"));
            await("the third taking its place in line", () -> ticketsTaken() == 4, third);
            killed.process().destroyForcibly();
            assertTrue(killed.process().waitFor(60, TimeUnit.SECONDS));
            holder.process().destroyForcibly();
            for (Call c : List.of(first, third)) {
                String text = Dist.assertErrorDocument(c.result(), "connection");
                assertTrue(text.contains(device.address()), "the device did not answer, not a busy host: " + text);
            }
            assertEquals(List.of("holder", "first", "third"), device.communities());
        }
    }

    /**
     * A call that gets no slot in time answers a `connection` error saying the host is busy and how
     * many calls were queued ahead of it, exit 0, and sends nothing to the device.
     */
    @Test
    void aCallThatGetsNoSlotInTimeSaysTheHostIsBusyAndSendsNothing() throws Exception {
        try (Recorder device = new Recorder()) {
            Call holder = start(env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0"),
                    request(device.address(), "holder"));
            await("the holder's first request", () -> device.communities().contains("holder"), holder);

            Map<String, String> shortDeadline = env("queue.slots=1", "deadline.ms=8000");
            Call first = start(shortDeadline, request(device.address(), "first"));
            await("the first taking its place in line", () -> ticketsTaken() == 2, first);
            Call second = start(shortDeadline, request(device.address(), "second"));

            String firstText = Dist.assertErrorDocument(first.result(), "connection");
            Dist.Result secondResult = second.result();
            String secondText = Dist.assertErrorDocument(secondResult, "connection");
            assertTrue(firstText.startsWith("dci-switch: the host is busy: the 1 slots for handler calls at once"
                    + " (queue.slots) stayed taken by other calls, and 0 calls were queued ahead of this one"), firstText);
            assertTrue(secondText.contains("the host is busy") && secondText.contains("and 1 call was queued ahead of this one"),
                    secondText);
            for (String text : List.of(firstText, secondText)) {
                assertTrue(text.contains("to answer within deadline.ms=8000. Nothing was sent to the device"), text);
            }
            assertTrue(secondResult.stderr().contains("the host is busy"), secondResult::describe);
            assertTrue(holder.process().isAlive(), "the holder still has its slot");
            assertEquals(List.of("holder"), device.communities(), "nothing reached the device from the calls that gave up");
        }
    }

    /**
     * The call behind a newcomer may hold the newcomer's ticket lock for an instant, while it reads
     * the ticket's state: the newcomer waits for it, and is not answered "host is busy" at once (it
     * was, with "1000 or more calls queued ahead", seen with fifty calls at once on a loaded
     * machine). Here the instant is stretched: a flock holds the ticket until the test lets go.
     */
    @Test
    void aCallWhoseTicketIsBrieflyLockedByTheCallBehindWaitsForItInsteadOfGivingUp() throws Exception {
        try (Recorder device = new Recorder()) {
            Path queue = Files.createDirectories(queueFolder());
            Files.writeString(queue.resolve("next"), "5\n");
            Files.writeString(queue.resolve("head"), "4\n"); // a line: the call takes ticket 5, not a free slot at once
            Path ticket = queue.resolve("ticket.5");
            Files.writeString(ticket, "");
            Process behind = new ProcessBuilder("flock", ticket.toString(), "sh", "-c", "echo locked; exec cat").start();
            started.add(behind);
            var said = new BufferedReader(new InputStreamReader(behind.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine(), "the stand-in for the call behind holds ticket 5");

            Call call = start(env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0"),
                    request(device.address(), "newcomer"));
            await("the newcomer taking ticket 5", () -> ticketsTaken() == 6, call);
            behind.getOutputStream().close(); // the call behind has read the ticket: the lock is free
            assertTrue(behind.waitFor(60, TimeUnit.SECONDS), "the stand-in ended");
            await("the newcomer's request at the device", () -> device.communities().contains("newcomer"), call);
            assertEquals(List.of("newcomer"), device.communities());
        }
    }

    /**
     * The same busy error by hand (a request document with -v): the document on stdout, exit 1 as
     * for any error by hand; and the -v trace names the slot a call got.
     */
    @Test
    void byHandTheTraceShowsTheSlotAndABusyHostIsAnErrorDocument() throws Exception {
        try (Recorder device = new Recorder()) {
            Path requestFile = tmp.resolve("request.xml");
            Files.writeString(requestFile, request(device.address(), "by-hand"));
            Dist.Result alone = Dist.run(List.of(launcher(), "-v", requestFile.toString()),
                    env("queue.slots=1", "deadline.ms=20000", "snmp.timeout.ms=300", "snmp.retries=0"), tmp, (String) null);
            assertEquals(1, alone.exit(), alone::describe);
            assertTrue(alone.stderr().contains("dci-switch: queue: slot 0 of 1 in " + queueFolder()), alone::describe);

            Call holder = start(env("queue.slots=1", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0"),
                    request(device.address(), "holder"));
            await("the holder's first request", () -> device.communities().contains("holder"), holder);
            Dist.Result busy = Dist.run(List.of(launcher(), "-v", requestFile.toString()),
                    env("queue.slots=1", "deadline.ms=4000"), tmp, (String) null);
            assertEquals(1, busy.exit(), busy::describe);
            Dist.Result asDocument = new Dist.Result(0, busy.stdout(), busy.stderr(), false);
            assertTrue(Dist.assertErrorDocument(asDocument, "connection").contains("the host is busy"), busy::describe);
            assertEquals(List.of("by-hand", "holder"), device.communities());
            assertTrue(holder.process().isAlive());
        }
    }

    /** queue.slots=off: the calls run at once, as without a queue, and -v says the queue is off. */
    @Test
    void withTheQueueOffCallsDoNotWait() throws Exception {
        try (Recorder device = new Recorder()) {
            Map<String, String> off = env("queue.slots=off", LONG_DEADLINE, "snmp.timeout.ms=60000", "snmp.retries=0");
            Call a = start(off, request(device.address(), "a"));
            Call b = start(off, request(device.address(), "b"), "-v");
            await("both calls talking to the device at once",
                    () -> device.communities().containsAll(List.of("a", "b")), a, b);
            assertTrue(a.process().isAlive() && b.process().isAlive());
            b.process().toHandle().destroy();   // SIGTERM, the streams left open
            String trace = b.result().stderr();
            assertTrue(trace.contains("dci-switch: queue: off (queue.slots=off in "), trace);
            assertFalse(Files.exists(queueFolder()), "no queue folder is made");
        }
    }

    /** An invalid queue.slots is an error naming the key and the file, sent nowhere. */
    @Test
    void anInvalidQueueSlotsIsAnErrorNamingTheKeyAndTheFile() throws Exception {
        try (Recorder device = new Recorder()) {
            Map<String, String> env = env("queue.slots=many");
            Dist.Result r = Dist.run(List.of(launcher()), env, tmp, request(device.address(), "x"));
            String text = Dist.assertErrorDocument(r, "unexpected_data");
            assertTrue(text.contains("queue.slots=many is not valid") && text.contains(env.get("DCI_HANDLERS_CONF")), text);
            assertEquals(List.of(), device.communities());
        }
    }

    /**
     * Without flock (hidden here by a bind mount over /usr/bin/flock in a mount namespace of its
     * own, with nothing else on PATH), the call runs unqueued and -v says why.
     */
    @Test
    void withoutFlockTheCallRunsUnqueuedAndTheTraceSaysWhy() throws Exception {
        Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));
        Map<String, String> env = env("queue.slots=1", "deadline.ms=20000", "snmp.timeout.ms=300", "snmp.retries=0");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", emptyPath.toString());
        Path requestFile = tmp.resolve("request.xml");
        Files.writeString(requestFile, Dist.REQUEST);
        Dist.Result r = Dist.run(List.of("/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                "for f in /usr/bin/flock /bin/flock; do [ -e \"$f\" ] && /usr/bin/mount --bind /dev/null \"$f\"; done; "
                        + "exec \"$0\" -v \"$1\"", launcher(), requestFile.toString()), env, tmp, (String) null);
        assertEquals(1, r.exit(), r::describe);
        Dist.Result asDocument = new Dist.Result(0, r.stdout(), r.stderr(), false);
        assertTrue(Dist.assertErrorDocument(asDocument, "connection").contains("127.0.0.1:9"), r::describe);
        assertTrue(r.stderr().contains("dci-switch: queue: not used: no flock command on PATH (" + emptyPath
                + ") or in /usr/bin or /bin (package util-linux); the call runs unqueued"), r::describe);
    }

    /** A UDP socket on loopback that never answers and keeps the community of every SNMP request. */
    static final class Recorder implements AutoCloseable {
        private final DatagramSocket socket;
        private final List<String> communities = new CopyOnWriteArrayList<>();

        Recorder() throws SocketException {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::record, "recording-device");
            t.setDaemon(true);
            t.start();
        }

        String address() {
            return "127.0.0.1:" + socket.getLocalPort();
        }

        /** The community of each request received, in order of arrival. */
        List<String> communities() {
            return List.copyOf(communities);
        }

        private void record() {
            byte[] buf = new byte[65535];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    communities.add(community(p.getData(), p.getLength()));
                } catch (IOException e) {
                    return;
                }
            }
        }

        /** SEQUENCE { INTEGER version, OCTET STRING community, PDU }: the community, or "?". */
        static String community(byte[] b, int length) {
            int[] at = {0};
            if (length < 2 || b[at[0]++] != 0x30) {
                return "?";
            }
            skipLength(b, at);
            if (b[at[0]++] != 0x02) {
                return "?";
            }
            int versionLength = skipLength(b, at);
            at[0] += versionLength;
            if (b[at[0]++] != 0x04) {
                return "?";
            }
            int n = skipLength(b, at);
            return new String(b, at[0], n, StandardCharsets.ISO_8859_1);
        }

        private static int skipLength(byte[] b, int[] at) {
            int first = b[at[0]++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            int n = 0;
            for (int i = 0; i < (first & 0x7f); i++) {
                n = n << 8 | b[at[0]++] & 0xff;
            }
            return n;
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
