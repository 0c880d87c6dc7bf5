package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.SimulatedSwitch;

/** dci-switch run in-process against a simulated switch, with request documents as DCImanager writes them. */
final class SwitchCalls {
    /** The simulator's read-write community; the panel's device form holds one community for everything. */
    static final String WRITE_COMMUNITY = "private";
    static final String READ_COMMUNITY = "public";

    private SwitchCalls() {
    }

    /**
     * The handler with SNMP timeouts a loaded machine keeps, then {@code moreConfig}; a test that
     * expects silence sets short ones there.
     */
    static InProcess handler(String... moreConfig) {
        return InProcess.of(Main.spec()).config(Patience.answering(moreConfig));
    }

    static Doc call(SimulatedSwitch sw, String func) {
        return handler().call(Requests.call(func, Requests.snmp(sw.address(), "v2c", WRITE_COMMUNITY)));
    }

    /** A function on one port; {@code fields} are element name, value pairs after the identity. */
    static Doc call(SimulatedSwitch sw, String func, int ifIndex, String... fields) {
        return handler().call(Requests.callWithPort(func, Requests.snmp(sw.address(), "v2c", WRITE_COMMUNITY),
                port(Integer.toString(ifIndex), fields)));
    }

    static String port(String identity, String... fields) {
        StringBuilder b = new StringBuilder("<identity>").append(Requests.esc(identity)).append("</identity>");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            b.append('<').append(fields[i]).append('>').append(Requests.esc(fields[i + 1]))
                    .append("</").append(fields[i]).append('>');
        }
        return b.toString();
    }
}
