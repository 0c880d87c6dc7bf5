package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import net.dcihandlers.core.testing.UdpRelay;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A recorded switch replayed by snmpsim behind a relay that counts dci-switch's requests, for all
 * tests of a class: register it in a static field with {@code @RegisterExtension}. It starts before
 * the class's {@code @BeforeAll} methods and stops after the class.
 */
final class ReplayedSwitch implements BeforeAllCallback, AfterAllCallback {
    private final String community;
    private final Path recording;
    private final Supplier<Map<String, Path>> more;
    private RecordedSwitch recorded;
    private Snmpsim sim;
    private UdpRelay relay;

    /** The recording, served under {@code community}. */
    ReplayedSwitch(String community, Path recording) {
        this(community, recording, Map::of);
    }

    /**
     * The recording under {@code community}, and more recordings by community (per-VLAN bridge
     * instances), worked out when the class starts.
     */
    ReplayedSwitch(String community, Path recording, Supplier<Map<String, Path>> more) {
        this.community = community;
        this.recording = recording;
        this.more = more;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, Path> recordings = new LinkedHashMap<>();
        recordings.put(community, recording);
        recordings.putAll(more.get());
        sim = Snmpsim.start(recordings);
        relay = UdpRelay.to("127.0.0.1", sim.port());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (relay != null) {
            relay.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    /** What the handler must answer for the recording; read when first asked for. */
    RecordedSwitch recorded() {
        if (recorded == null) {
            recorded = new RecordedSwitch(Snmprec.read(recording));
        }
        return recorded;
    }

    /**
     * dci-switch's function through the relay, whose request count starts again with it; with
     * SNMP timeouts that snmpsim on a loaded machine keeps (it took over 3 s a response), so that
     * no request is sent twice and the count stays the handler's own.
     */
    Doc call(String func, String version) {
        relay.reset();
        return InProcess.of(Main.spec()).config(Patience.answering("snmp.retries=0", "snmp.timeout.ms=20000")).call(Requests.call(func, Requests.snmp(relay.address(), version, community)));
    }

    /** The requests the relay passed since the last {@link #call}. */
    int requests() {
        return relay.requests();
    }

    /** snmpsim itself, without the relay. */
    String simAddress() {
        return sim.address();
    }

    /**
     * Calls status and checks the hostname and every port against what the recording's IF-MIB
     * (and EtherLike-MIB) say; returns the ports expected.
     */
    Map<String, Map<String, String>> checkStatusByIfMib(String version) {
        Doc d = call("status", version).ok();
        assertEquals(recorded().sysName(), d.hostname());
        Map<String, Map<String, String>> expected = recorded().statusByIfMib();
        assertEquals(expected, new TreeMap<>(d.ports()));
        return expected;
    }
}
