package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Upsd;
import net.dcihandlers.sim.SimulatedUps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/dci-ups against the project's simulated UPS, and bin/dci-ups-nut against a real upsd. */
class UpsIT {
    private static SimulatedUps ups;
    private static Upsd upsd;
    private static Path tmp;
    /** SNMP and NUT timeouts and a deadline a loaded machine keeps (deadline.ms counts the JVM's start). */
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws IOException {
        ups = SimulatedUps.builder().lines(1).start();
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("ups.status", "OL");
        vars.put("input.voltage", "229.0");
        vars.put("ups.load", "37");
        vars.put("ups.realpower", "412");
        vars.put("battery.runtime", "2400");
        upsd = Upsd.builder().ups("rack1", vars).start();
        tmp = Dist.newScratch("ups");
        env = Dist.withConfiguration(tmp, Patience.answering("nut.timeout.ms=" + Patience.NUT_TIMEOUT_MS));
    }

    @AfterAll
    static void stop() throws IOException {
        if (ups != null) {
            ups.close();
        }
        if (upsd != null) {
            upsd.close();
        }
        Dist.deleteTree(tmp);
    }

    private static Map<String, String> params(Dist.Result r) {
        Document d = r.document();
        Map<String, String> out = new LinkedHashMap<>();
        NodeList ps = d.getElementsByTagName("eq_param");
        for (int i = 0; i < ps.getLength(); i++) {
            Element e = (Element) ps.item(i);
            out.put(e.getAttribute("name"), e.getTextContent().trim());
        }
        assertFalse(out.isEmpty(), r::describe);
        return out;
    }

    private static Dist.Result dciUps() {
        return Dist.run(List.of(Dist.launcher("dci-ups").toString()), env, tmp,
                "<doc><func>status</func><device_params><ip>" + ups.address() + "</ip><snmp_ver>SNMP v2c</snmp_ver>"
                        + "<snmp_community>public</snmp_community></device_params></doc>");
    }

    @Test
    void dciUpsReportsWhatTheUpsSaysAndFollowsItOntoBattery() {
        ups.setOutputSource(SimulatedUps.OutputSource.NORMAL);
        ups.setBatteryStatus(SimulatedUps.BatteryStatus.NORMAL);
        ups.setAlarms();
        ups.setInputVoltage(1, 231);
        ups.setOutputPercentLoad(1, 42);
        ups.setOutputPower(1, 1500);
        ups.setMinutesRemaining(33);
        Map<String, String> mains = params(dciUps());
        assertEquals("OK", mains.get("device_status"));
        assertEquals(231.0, Double.parseDouble(mains.get("input_voltage_line_A")));
        assertEquals(42.0, Double.parseDouble(mains.get("output_load_line_A")));
        assertEquals(1.5, Double.parseDouble(mains.get("output_power_line_A")), "kW from W");
        assertEquals(33.0, Double.parseDouble(mains.get("battary_time_remains")));
        assertFalse(mains.containsKey("input_voltage_line_B"), "no second line");

        ups.setOutputSource(SimulatedUps.OutputSource.BATTERY);
        assertEquals("Warning", params(dciUps()).get("device_status"));
        ups.setBatteryStatus(SimulatedUps.BatteryStatus.LOW);
        assertEquals("Critical", params(dciUps()).get("device_status"));
    }

    @Test
    void dciUpsNutReadsUpsdAndFollowsItsChanges() {
        Dist.Result r = Dist.run(List.of(Dist.launcher("dci-ups-nut").toString()), env, tmp,
                "<doc><func>status</func><device_params><ip>" + upsd.target("rack1") + "</ip></device_params></doc>");
        Map<String, String> p = params(r);
        assertEquals("OK", p.get("device_status"));
        assertEquals(229.0, Double.parseDouble(p.get("input_voltage_line_A")));
        assertEquals(37.0, Double.parseDouble(p.get("output_load_line_A")));
        assertEquals(0.412, Double.parseDouble(p.get("output_power_line_A")));
        assertEquals(40.0, Double.parseDouble(p.get("battary_time_remains")), "minutes from seconds");

        upsd.set("rack1", Map.of("ups.status", "OB LB", "battery.runtime", "120"));
        Map<String, String> low = params(Dist.run(List.of(Dist.launcher("dci-ups-nut").toString(), "status", "--ip",
                upsd.target("rack1")), env, tmp, (String) null));
        assertEquals("Critical", low.get("device_status"));
        assertEquals(2.0, Double.parseDouble(low.get("battary_time_remains")));
    }

    @Test
    void bothRegisterAsUpsHandlers() {
        for (String name : List.of("dci-ups", "dci-ups-nut")) {
            Dist.Result r = Dist.run(List.of(Dist.launcher(name).toString(), "-info"), Dist.withJava(), tmp, (String) null);
            Dist.assertInfo(r, "UPS");
            assertTrue(r.stdout().contains("<status/>"), r::describe);
        }
    }
}
