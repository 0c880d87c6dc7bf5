package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-switch against snmpsim replaying the walk of a real Catalyst 3750 (59 interfaces). */
class CatalystRecordingTest {
    @RegisterExtension
    static final ReplayedSwitch replay = new ReplayedSwitch("c3750", Snmpsim.CATALYST_3750);

    private static Snmprec rec;

    @BeforeAll
    static void read() {
        rec = Snmprec.read(Snmpsim.CATALYST_3750);
    }

    /** What the recording says each Ethernet port (ifType 6) is: identity -> descr, admin, oper. */
    private static Map<String, String[]> recordedEthernetPorts() {
        Map<String, String[]> out = new TreeMap<>();
        Map<String, String> types = rec.column("1.3.6.1.2.1.2.2.1.3");
        for (Map.Entry<String, String> t : types.entrySet()) {
            if (t.getValue().equals("6")) {
                String i = t.getKey();
                out.put(i, new String[] {rec.get("1.3.6.1.2.1.2.2.1.2." + i), state(rec.get("1.3.6.1.2.1.2.2.1.7." + i)),
                        state(rec.get("1.3.6.1.2.1.2.2.1.8." + i))});
            }
        }
        return out;
    }

    private static String state(String v) {
        return v.equals("1") ? "on" : v.equals("2") ? "off" : "unknown";
    }

    @Test
    void statusHasEachPortsSpeedAndDuplexSettingsFromThePortTable() {
        RecordedSwitch sw = new RecordedSwitch(rec);
        Map<String, Map<String, String>> expected = sw.statusByCiscoStack();
        assertEquals(expected, new TreeMap<>(replay.call("status", "v2c").ok().ports()));
        assertTrue(expected.values().stream().anyMatch(p -> "full".equals(p.get("duplex"))));
        assertTrue(expected.values().stream().anyMatch(p -> "auto".equals(p.get("duplex"))));
        assertTrue(expected.values().stream().allMatch(p -> p.containsKey("speed")));
    }

    @Test
    void statisticsAreThe64BitCountersOfEachPort() {
        Doc d = replay.call("statistics", "v2c").ok();
        int requests = replay.requests();
        assertEquals(new RecordedSwitch(rec).statistics(false), new TreeMap<>(d.ports()));
        // identify (1); 10 columns (ifDescr, portIfIndex, 8 ifHC counters) of 59 interfaces and the
        // row past the end through 64-binding responses: ceil(60 x 10 / 64) = 10 GETBULKs; every
        // Ethernet port has 64-bit counters, so there is no second pass. A GETNEXT a row would take 60.
        assertTrue(requests <= 11, "statistics took " + requests + " requests");
    }

    @Test
    void statisticsWithSnmpV1AreThe32BitCountersOfEachPort() {
        Doc d = replay.call("statistics", "v1").ok();
        RecordedSwitch sw = new RecordedSwitch(rec);
        assertEquals(sw.statistics(true), new TreeMap<>(d.ports()));
        assertNotEquals(sw.statistics(false), sw.statistics(true), "some 32-bit counters have wrapped");
    }

    @Test
    void statusReportsTheFiftyTwoEthernetPortsAsRecorded() {
        Doc d = replay.call("status", "v2c").ok();
        assertEquals("Profiler3750", d.hostname());
        Map<String, Map<String, String>> ports = d.ports();
        Map<String, String[]> expected = recordedEthernetPorts();
        assertEquals(52, expected.size(), "the recording's Ethernet ports");
        assertEquals(expected.keySet(), new TreeMap<>(ports).keySet());
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            Map<String, String> p = ports.get(e.getKey());
            assertEquals(e.getValue()[0], p.get("description"), "description of " + e.getKey());
            assertEquals(e.getValue()[1], p.get("admin_status"), "admin_status of " + e.getKey());
            assertEquals(e.getValue()[2], p.get("oper_status"), "oper_status of " + e.getKey());
        }
        for (Map<String, String> p : ports.values()) {
            String descr = p.get("description");
            assertTrue(descr.startsWith("FastEthernet") || descr.startsWith("GigabitEthernet"), descr);
        }
        // the recording has both states, so the mapping is really exercised
        assertTrue(ports.values().stream().anyMatch(p -> p.get("admin_status").equals("off")));
        assertTrue(ports.values().stream().anyMatch(p -> p.get("oper_status").equals("on")));
        int requests = replay.requests();
        assertTrue(requests <= 8, "status took " + requests + " requests; at most 8 allowed");
    }

    @Test
    void snmpV1ReadsTheSamePortsWithGetNext() {
        Doc v1 = replay.call("status", "v1").ok();
        Doc v2 = replay.call("status", "v2c").ok();
        assertEquals(v2.ports(), v1.ports());
        assertEquals("Profiler3750", v1.hostname());
    }

    @Test
    void switchPortsAllReportsEveryInterface() {
        Doc d = InProcess.of(Main.spec()).config(Patience.answering("switch.ports=all"))
                .call(Requests.call("status", Requests.snmp(replay.simAddress(), "v2c", "c3750"))).ok();
        assertEquals(rec.column("1.3.6.1.2.1.2.2.1.2").keySet(), d.ports().keySet());
        assertEquals("Vlan1", d.ports().get("1").get("description"));
        assertEquals("Null0", d.ports().get("14501").get("description"));
    }

    @Test
    void aWrongCommunityIsAConnectionErrorWithoutTheCommunity() {
        Doc d = InProcess.of(Main.spec()).config("snmp.timeout.ms=300", "snmp.retries=0")
                .call(Requests.call("status", Requests.snmp(replay.simAddress(), "v2c", "not-the-community"))).error("connection");
        assertTrue(d.errorText().contains("community"), d.errorText());
        assertTrue(!d.text().contains("not-the-community"), d.text());
    }
}
