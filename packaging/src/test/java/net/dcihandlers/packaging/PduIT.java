package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.Snmpsim;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/dci-pdu as shipped, against the project's stateful simulated PDUs. */
class PduIT {
    private static SimulatedPdu rpdu2;
    private static SimulatedPdu blades;
    private static Path tmp;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws IOException {
        rpdu2 = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(6)
                .outletNames("web & db", "<spare>", "app-1", "app-2", "lb-1", "lb-2")
                .commandDelay(Duration.ofMillis(300)).rebootDuration(Duration.ofMillis(400)).start();
        blades = SimulatedPdu.builder(SimulatedPdu.Kind.BLADECENTER).outlets(4).emptySlots(3).start();
        tmp = Dist.newScratch("pdu");
        // SNMP timeouts and a deadline a loaded machine keeps: deadline.ms counts the JVM's start too
        env = Dist.withConfiguration(tmp, Patience.answering("pdu.power.wait.ms=100"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (rpdu2 != null) {
            rpdu2.close();
        }
        if (blades != null) {
            blades.close();
        }
        Dist.deleteTree(tmp);
    }

    private static Dist.Result call(SimulatedPdu pdu, String community, String func, Integer outlet) {
        String request = "<doc><func>" + func + "</func><device_params><ip>" + pdu.address() + "</ip><snmp_ver>SNMP v2c"
                + "</snmp_ver><snmp_community>" + community + "</snmp_community></device_params>"
                + (outlet == null ? "" : "<port><identity>" + outlet + "</identity></port>") + "</doc>";
        return Dist.run(List.of(Dist.launcher("dci-pdu").toString()), env, tmp, request);
    }

    private static Map<String, Map<String, String>> ports(Document d) {
        Map<String, Map<String, String>> out = new HashMap<>();
        NodeList ports = d.getElementsByTagName("port");
        for (int i = 0; i < ports.getLength(); i++) {
            Element p = (Element) ports.item(i);
            Map<String, String> fields = new HashMap<>();
            NodeList c = p.getChildNodes();
            for (int j = 0; j < c.getLength(); j++) {
                if (c.item(j) instanceof Element e) {
                    fields.put(e.getTagName(), e.getTextContent());
                }
            }
            out.put(fields.get("identity"), fields);
        }
        return out;
    }

    @Test
    void infoDeclaresAPduThatCollectsPower() {
        Dist.Result r = Dist.run(List.of(Dist.launcher("dci-pdu").toString(), "-info"), env, tmp, (String) null);
        Dist.assertInfo(r, "PDU");
        assertTrue(r.stdout().contains("<can_collect_power/>"), r.stdout());
        for (String f : List.of("status", "statistics", "port_on", "port_off", "port_reset")) {
            assertTrue(r.stdout().contains("<" + f + "/>"), f);
        }
    }

    @Test
    void statusAndStatisticsMatchThePdu() {
        Map<String, Map<String, String>> status = ports(call(rpdu2, "public", "status", null).document());
        Map<String, Map<String, String>> power = ports(call(rpdu2, "public", "statistics", null).document());
        for (int outlet : rpdu2.outletNumbers()) {
            String id = Integer.toString(outlet);
            assertEquals(rpdu2.name(outlet), status.get(id).get("description"));
            assertEquals(rpdu2.isOn(outlet) ? "on" : "off", status.get(id).get("admin_status"));
            assertEquals(rpdu2.watts(outlet), Integer.parseInt(power.get(id).get("power")));
        }
        assertEquals("web & db", status.get("1").get("description"), "names with & and < survive");
        assertEquals("<spare>", status.get("2").get("description"));
    }

    /**
     * The operator's command when a PDU is read wrongly, run by hand as README shows it: the file it
     * writes, served by snmpsim, gets the status the PDU got.
     */
    @Test
    void dumpRecordsWhatThePduServes() {
        Path file = tmp.resolve("pdu.snmprec");
        Dist.Result dump = Dist.run(List.of(Dist.launcher("dci-pdu").toString(), "--dump", file.toString(),
                "--ip", rpdu2.address(), "--community", "public"), env, tmp, (String) null);
        assertEquals(0, dump.exit(), dump.describe());
        assertEquals("", dump.stdout(), dump.describe());
        assertTrue(dump.stderr().contains("values written to " + file), dump.describe());
        Dist.Result live = call(rpdu2, "public", "status", null);
        try (Snmpsim sim = Snmpsim.start(Map.of("public", file))) {
            Dist.Result replayed = Dist.run(List.of(Dist.launcher("dci-pdu").toString()), env, tmp,
                    Requests.call("status", Requests.snmp(sim.address(), "v2c", "public")));
            assertEquals(live.stdout(), replayed.stdout());
        }
        assertEquals(rpdu2.outletNumbers().size(), ports(live.document()).size(), live.describe());
    }

    @Test
    void offOnAndResetChangeTheOutletAfterItsDelay() {
        Document off = call(rpdu2, "private", "port_off", 4).document();
        assertEquals("off", Dist.text(off, "admin_status"));
        assertFalse(rpdu2.isOn(4), "the PDU holds the outlet off");
        Document on = call(rpdu2, "private", "port_on", 4).document();
        assertEquals("on", Dist.text(on, "admin_status"));
        assertTrue(rpdu2.isOn(4));
        int before = rpdu2.switchings(5).size();
        Document reset = call(rpdu2, "private", "port_reset", 5).document();
        assertEquals("on", Dist.text(reset, "admin_status"));
        assertTrue(rpdu2.isOn(5));
        assertEquals(List.of("off", "on"), rpdu2.switchings(5).subList(before, before + 2), "the outlet really rebooted");
    }

    @Test
    void aReadOnlyCommunityIsRefusedAndNothingChanges() {
        boolean wasOn = rpdu2.isOn(6);
        int commands = rpdu2.commands().size();
        Dist.assertErrorDocument(call(rpdu2, "public", wasOn ? "port_off" : "port_on", 6), "connection");
        assertEquals(wasOn, rpdu2.isOn(6));
        assertEquals(commands, rpdu2.commands().size(), "no command accepted");
    }

    @Test
    void aBladeCenterSwitchesBladesAndRefusesTheEmptySlot() {
        Map<String, Map<String, String>> status = ports(call(blades, "public", "status", null).document());
        assertEquals("unknown", status.get("3").get("admin_status"), "an empty slot is never reported on");
        assertEquals("off", Dist.text(call(blades, "private", "port_off", 2).document(), "admin_status"));
        assertFalse(blades.isOn(2));
        Dist.assertErrorDocument(call(blades, "private", "port_on", 3), "unexpected_data");
        assertFalse(blades.isOn(3));
    }
}
