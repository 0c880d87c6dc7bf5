package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.sim.SimulatedPdu;

/** dci-pdu run in-process against a simulated PDU, the way DCImanager calls it. */
final class PduCalls {
    private final InProcess handler;
    private final String ip;

    private PduCalls(InProcess handler, String ip) {
        this.handler = handler;
        this.ip = ip;
    }

    /**
     * Calls with SNMP timeouts and a deadline a loaded machine keeps, and a short pause between
     * reads of a switching outlet, then {@code config}, which overrides them.
     */
    static PduCalls to(SimulatedPdu pdu, String... config) {
        return to(pdu.address(), config);
    }

    static PduCalls to(String ip, String... config) {
        String[] lines = new String[config.length + 1];
        lines[0] = "pdu.power.wait.ms=50";
        System.arraycopy(config, 0, lines, 1, config.length);
        return new PduCalls(InProcess.of(Main.spec()).config(Patience.answering(lines)), ip);
    }

    Doc status(String community) {
        return handler.call(Requests.call("status", Requests.snmp(ip, "v2c", community)));
    }

    Doc statistics(String community) {
        return handler.call(Requests.call("statistics", Requests.snmp(ip, "v2c", community)));
    }

    /** A function on the whole device with -v: the answer and the trace. */
    RunResult traced(String func, String community) {
        return handler.run(Requests.call(func, Requests.snmp(ip, "v2c", community)), "-v");
    }

    /**
     * What statistics must answer for a PDU that does not meter outlets: every outlet, none with
     * power, and a trace that says why (naming what the PDU meters instead).
     */
    static void assertOutletsWithoutPower(RunResult run, int outlets, String meteredInstead) {
        java.util.Map<String, java.util.Map<String, String>> ports = run.doc().ok().ports();
        org.junit.jupiter.api.Assertions.assertEquals(outlets, ports.size(), run.stdout());
        org.junit.jupiter.api.Assertions.assertTrue(ports.values().stream().noneMatch(p -> p.containsKey("power")),
                run.stdout());
        org.junit.jupiter.api.Assertions.assertTrue(run.stderr().contains("does not meter outlets")
                && run.stderr().contains(meteredInstead) && run.stderr().contains("answered without power"),
                run.stderr());
    }

    /** port_on, port_off or port_reset of one outlet. */
    Doc port(String func, String community, String identity) {
        return handler.call(Requests.call(func, Requests.snmp(ip, "v2c", community), identity));
    }

    Doc port(String func, String version, String community, String identity) {
        return handler.call(Requests.call(func, Requests.snmp(ip, version, community), identity));
    }
}
