package net.dcihandlers.sim;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.DefaultMOServer;
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
 * An snmp4j-agent serving one MO server on 127.0.0.1, with the access control, request gate and
 * faults the simulated switch has (see package-info), for simulated devices besides the switch.
 *
 * @param transport the bound socket; closing it stops the agent
 * @param gate      counts the requests and applies the gate's faults
 */
record LoopbackAgent(LoopbackUdpTransport transport, RequestGate gate) {
    /** Distinguishes the SNMP engines of agents running in one JVM. */
    private static final AtomicInteger ENGINES = new AtomicInteger();

    static LoopbackAgent start(int port, DefaultMOServer server, String readCommunity, String writeCommunity,
                               Optional<V3User> v3User, Faults faults) throws IOException {
        OctetString engineId = new OctetString(MPv3.createLocalEngineID(
                new OctetString("dcidev" + ProcessHandle.current().pid() + "-" + ENGINES.incrementAndGet())));
        AccessControl access = new AccessControl(readCommunity, writeCommunity, v3User, engineId);
        FaultyCommandProcessor processor = new FaultyCommandProcessor(engineId, faults);
        processor.addMOServer(server);
        processor.setVacm(access.vacm(server));
        processor.setCoexistenceProvider(access);

        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (v3User.isPresent()) {
            dispatcher.addMessageProcessingModel(new MPv3(usm(engineId, v3User.get())));
        }
        dispatcher.addCommandResponder(processor);

        LoopbackUdpTransport transport = new LoopbackUdpTransport(port);
        dispatcher.addTransportMapping(transport);
        RequestGate gate = new RequestGate(dispatcher, faults);
        transport.addTransportListener(gate);
        transport.listen();
        return new LoopbackAgent(transport, gate);
    }

    /** The user as the switch's: SHA and AES-128, wrong passphrases reported as net-snmp does. */
    private static USM usm(OctetString engineId, V3User user) {
        SecurityProtocols protocols = SecurityProtocols.getInstance();
        synchronized (SecurityProtocols.class) {
            if (protocols.getAuthenticationProtocol(AuthSHA.ID) == null) {
                protocols.addAuthenticationProtocol(new AuthSHA());
            }
            if (protocols.getPrivacyProtocol(PrivAES128.ID) == null) {
                protocols.addPrivacyProtocol(new PrivAES128());
            }
        }
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        USM usm = new USM(protocols, engineId, 1);
        usm.addUser(new UsmUser(new OctetString(user.name()), AuthSHA.ID, new OctetString(user.authPassphrase()),
                PrivAES128.ID, new OctetString(user.privPassphrase())), engineId);
        return usm;
    }

    int port() {
        return transport.boundPort();
    }

    void close() throws IOException {
        transport.close();
    }
}
