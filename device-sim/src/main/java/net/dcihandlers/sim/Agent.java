package net.dcihandlers.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OctetString;

/**
 * The snmp4j-agent parts every simulated device has (see package-info): the MO server with the
 * SNMPv2-MIB system group, the request gate, the command processor with its access control, the
 * message dispatcher and the transport on 127.0.0.1. A device registers its own objects, then
 * {@link #listen}s. No configuration or boot-counter files are written.
 */
final class Agent {
    /** Distinguishes the SNMP engines of devices running in one JVM. */
    private static final AtomicInteger ENGINES = new AtomicInteger();

    /**
     * Whom the agent lets in: two communities as a real agent has, optionally an SNMPv3 user
     * (null: none), and on a switch with a bridge instance per VLAN the VLANs that have one (null
     * on other devices).
     */
    record Access(String readCommunity, String writeCommunity, V3User v3User, IntPredicate vlanInstances) {
    }

    private final OctetString engineId = new OctetString(MPv3.createLocalEngineID(
            new OctetString("dcisim" + ProcessHandle.current().pid() + "-" + ENGINES.incrementAndGet())));
    private final DefaultMOServer server = new DefaultMOServer();
    private final MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    final RequestGate gate;
    final FaultyCommandProcessor processor;
    private LoopbackUdpTransport transport;

    Agent(Snmpv2Mib.Identity identity, Faults faults) {
        this.gate = new RequestGate(dispatcher, faults);
        this.processor = new FaultyCommandProcessor(engineId, faults);
        Snmpv2Mib.systemGroup(identity).forEach(this::register);
    }

    /** Serves a managed object in every context. */
    void register(ManagedObject<?> mo) {
        try {
            server.register(mo, null);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException("overlapping managed objects: " + mo, e);
        }
    }

    /** A context besides the default one, answered by the same objects (Cisco's per-VLAN bridges). */
    void addContext(OctetString context) {
        server.addContext(context);
    }

    /** Binds the port (0: an ephemeral one) and starts answering. */
    void listen(int port, Access access) throws IOException {
        AccessControl control = new AccessControl(access.readCommunity(), access.writeCommunity(),
                Optional.ofNullable(access.v3User()), engineId, access.vlanInstances());
        processor.addMOServer(server);
        processor.setVacm(control.vacm(server));
        processor.setCoexistenceProvider(control);

        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (access.v3User() != null) {
            dispatcher.addMessageProcessingModel(new MPv3(usm(access.v3User())));
        }
        dispatcher.addCommandResponder(processor);

        // the dispatcher hears the transport only through the gate
        transport = new LoopbackUdpTransport(port);
        dispatcher.addTransportMapping(transport);
        transport.addTransportListener(gate);
        transport.listen();
    }

    /** The port bound by {@link #listen}. */
    int port() {
        return transport.boundPort();
    }

    /** Stops listening and frees the port. */
    void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private USM usm(V3User user) {
        SecurityProtocols protocols = SecurityProtocols.getInstance();
        // only what this user needs, added to the JVM-wide registry other code may share
        synchronized (SecurityProtocols.class) {
            if (protocols.getAuthenticationProtocol(AuthSHA.ID) == null) {
                protocols.addAuthenticationProtocol(new AuthSHA());
            }
            if (protocols.getPrivacyProtocol(PrivAES128.ID) == null) {
                protocols.addPrivacyProtocol(new PrivAES128());
            }
        }
        // Like net-snmp's snmpd, report a wrong passphrase (usmStatsWrongDigests) unauthenticated,
        // so the client learns why instead of timing out. JVM-wide, but it only changes what
        // an agent sends: snmp4j clients in the same JVM send no reports.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        USM usm = new USM(protocols, engineId, 1);
        usm.addUser(new UsmUser(new OctetString(user.name()), AuthSHA.ID, new OctetString(user.authPassphrase()),
                PrivAES128.ID, new OctetString(user.privPassphrase())), engineId);
        return usm;
    }
}
