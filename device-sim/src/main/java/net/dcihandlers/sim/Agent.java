package net.dcihandlers.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/**
 * The snmp4j-agent parts of a simulated switch, assembled and listening: transport, request gate,
 * message dispatcher, command processor, and the MO server with the system group, IF-MIB and the
 * model's MIB groups. No configuration or boot-counter files are written.
 */
final class Agent {
    // SNMPv2-MIB system and snmp groups, IF-MIB ifNumber
    private static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    private static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    private static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    private static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
    private static final OID IF_NUMBER = new OID("1.3.6.1.2.1.2.1.0");
    private static final OID SNMP_IN_PKTS = new OID("1.3.6.1.2.1.11.1.0");

    /** Distinguishes the SNMP engines of switches running in one JVM. */
    private static final AtomicInteger ENGINES = new AtomicInteger();

    /** How the agent presents itself and whom it lets in. */
    record Identity(String sysName, String sysDescr, String sysObjectId, String readCommunity,
                    String writeCommunity, V3User v3User) {
    }

    final LoopbackUdpTransport transport;
    final RequestGate gate;
    final FaultyCommandProcessor processor;

    private Agent(LoopbackUdpTransport transport, RequestGate gate, FaultyCommandProcessor processor) {
        this.transport = transport;
        this.gate = gate;
        this.processor = processor;
    }

    static Agent start(int port, Identity id, Interfaces interfaces, SwitchMibs mibs, Faults faults) throws IOException {
        OctetString engineId = new OctetString(MPv3.createLocalEngineID(
                new OctetString("dcisim" + ProcessHandle.current().pid() + "-" + ENGINES.incrementAndGet())));
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        RequestGate gate = new RequestGate(dispatcher, faults);

        DefaultMOServer server = new DefaultMOServer();
        long startNanos = System.nanoTime();
        SwitchMibs.register(server, new MOScalar<>(SYS_DESCR, MOAccessImpl.ACCESS_READ_ONLY, text(id.sysDescr())));
        SwitchMibs.register(server, new MOScalar<>(SYS_OBJECT_ID, MOAccessImpl.ACCESS_READ_ONLY, new OID(id.sysObjectId())));
        SwitchMibs.register(server, new MOScalar<TimeTicks>(SYS_UP_TIME, MOAccessImpl.ACCESS_READ_ONLY, new TimeTicks(0)) {
            @Override
            public TimeTicks getValue() {
                return new TimeTicks((System.nanoTime() - startNanos) / 10_000_000L);
            }
        });
        SwitchMibs.register(server, new MOScalar<>(SYS_NAME, MOAccessImpl.ACCESS_READ_ONLY, text(id.sysName())));
        SwitchMibs.register(server, new MOScalar<>(IF_NUMBER, MOAccessImpl.ACCESS_READ_ONLY, new Integer32(interfaces.size())));
        SwitchMibs.register(server, new MOScalar<Counter32>(SNMP_IN_PKTS, MOAccessImpl.ACCESS_READ_ONLY, new Counter32()) {
            @Override
            public Counter32 getValue() {
                return new Counter32(gate.total() & 0xFFFF_FFFFL);
            }
        });
        SwitchMibs.register(server, new InterfaceTable(IfColumn.Table.IF_ENTRY, interfaces, faults));
        SwitchMibs.register(server, new InterfaceTable(IfColumn.Table.IF_X_ENTRY, interfaces, faults));
        mibs.register(server);

        AccessControl access = new AccessControl(id.readCommunity(), id.writeCommunity(),
                Optional.ofNullable(id.v3User()), engineId, mibs.vlanInstances());
        FaultyCommandProcessor processor = new FaultyCommandProcessor(engineId, faults);
        processor.addMOServer(server);
        processor.setVacm(access.vacm(server));
        processor.setCoexistenceProvider(access);

        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (id.v3User() != null) {
            dispatcher.addMessageProcessingModel(new MPv3(usm(engineId, id.v3User())));
        }
        dispatcher.addCommandResponder(processor);

        LoopbackUdpTransport transport = new LoopbackUdpTransport(port);
        dispatcher.addTransportMapping(transport);
        transport.addTransportListener(gate);
        transport.listen();
        return new Agent(transport, gate, processor);
    }

    private static USM usm(OctetString engineId, V3User user) {
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

    private static OctetString text(String s) {
        return new OctetString(s.getBytes(StandardCharsets.UTF_8));
    }
}
