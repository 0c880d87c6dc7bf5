package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.SimulatedPdu;

/** dci-pdu run in-process against a simulated PDU, the way DCImanager calls it. */
final class PduCalls {
    private final InProcess handler;
    private final String ip;

    private PduCalls(InProcess handler, String ip) {
        this.handler = handler;
        this.ip = ip;
    }

    /** Calls with the default configuration but short SNMP timeouts, so a test never idles. */
    static PduCalls to(SimulatedPdu pdu, String... config) {
        return to(pdu.address(), config);
    }

    static PduCalls to(String ip, String... config) {
        String[] lines = new String[config.length + 2];
        lines[0] = "snmp.timeout.ms=1000";
        lines[1] = "pdu.power.wait.ms=50";
        System.arraycopy(config, 0, lines, 2, config.length);
        return new PduCalls(InProcess.of(Main.spec()).config(lines), ip);
    }

    Doc status(String community) {
        return handler.call(Requests.call("status", Requests.snmp(ip, "v2c", community)));
    }

    Doc statistics(String community) {
        return handler.call(Requests.call("statistics", Requests.snmp(ip, "v2c", community)));
    }

    /** port_on, port_off or port_reset of one outlet. */
    Doc port(String func, String community, String identity) {
        return handler.call(Requests.call(func, Requests.snmp(ip, "v2c", community), identity));
    }

    Doc port(String func, String version, String community, String identity) {
        return handler.call(Requests.call(func, Requests.snmp(ip, version, community), identity));
    }
}
