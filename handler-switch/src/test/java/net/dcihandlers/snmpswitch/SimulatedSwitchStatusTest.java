package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.SimulatedSwitch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * dci-switch against the project's simulated switch, which has no EtherLike-MIB: a column a
 * switch lacks leaves its field out of the answer, it never breaks the answer.
 */
class SimulatedSwitchStatusTest {
    private static SimulatedSwitch sw;

    @BeforeAll
    static void start() {
        sw = SimulatedSwitch.builder().ports(6).sysName("sim & <switch>").portName(2, "uplink & <core>")
                .portSpeedMbps(1000).virtualInterfaces().start();
    }

    @AfterAll
    static void stop() {
        if (sw != null) {
            sw.close();
        }
    }

    @Test
    void statusWithoutADuplexColumnLeavesDuplexOut() {
        sw.setLink(sw.portIfIndexes().get(3), false);
        Doc d = InProcess.of(Main.spec()).config(Patience.answering()).call(Requests.call("status", Requests.snmp(sw.address(), "v2c", "public"))).ok();
        assertEquals("sim & <switch>", d.hostname());
        Map<String, Map<String, String>> ports = d.ports();
        assertEquals(sw.portIfIndexes().stream().map(String::valueOf).toList(), ports.keySet().stream().toList(),
                "the ports, and not Vlan1, Null0 or Loopback0");
        for (int ifIndex : sw.portIfIndexes()) {
            Map<String, String> p = ports.get(Integer.toString(ifIndex));
            assertEquals(sw.descr(ifIndex), p.get("description"));
            assertNull(p.get("duplex"), "no dot3StatsDuplexStatus, no duplex");
            boolean up = sw.operStatus(ifIndex) == 1;
            assertEquals(up ? "on" : "off", p.get("oper_status"));
            assertEquals(up ? "1gbps" : null, p.get("speed"), "speed only of a port that is up");
        }
        assertEquals("uplink & <core>", ports.get(Integer.toString(sw.portIfIndexes().get(1))).get("description"));
        assertFalse(d.text().contains("internal error"));
    }
}
