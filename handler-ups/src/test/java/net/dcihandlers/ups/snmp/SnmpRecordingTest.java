package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.core.testing.SharedRecordings;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import net.dcihandlers.core.testing.UdpRelay;
import net.dcihandlers.ups.UpsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-ups against snmpsim replaying the UPS recordings of src/test/resources/recordings and the
 * walks of two real UPSes in ../shared/recordings (an Eaton 9390 three-phase UPS behind a Power Xpert
 * gateway, a Tripp Lite SU2200), each answer compared with what {@link UpsRecordings} works out from
 * the recording file itself.
 */
class SnmpRecordingTest {
    /** The real UPSes of ../shared/recordings, served under their file names. */
    static final List<String> SHARED = List.of("eaton-powerxpert", "tripplite");
    /** Their status by the rule of README.md: the Tripp Lite raises an alarm (upsAlarmBatteryBad). */
    static final Map<String, String> SHARED_STATUS = Map.of("eaton-powerxpert", "OK", "tripplite", "Warning");

    private static Snmpsim sim;

    @BeforeAll
    static void start() {
        Map<String, Path> files = new HashMap<>();
        List<String> all = new ArrayList<>(UpsRecordings.UPS_MIB_FILES);
        all.addAll(UpsRecordings.POWERNET_FILES);
        all.add(UpsRecordings.BOTH_MIBS);
        all.forEach(name -> files.put(name, UpsRecordings.file(name)));
        files.put("c3750", Snmpsim.CATALYST_3750);
        SHARED.forEach(name -> files.put(name, SharedRecordings.file(name + ".snmprec.gz")));
        sim = Snmpsim.start(files);
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    /** dci-ups with room for snmpsim, a Python agent that may take seconds while other builds run. */
    private static InProcess handler() {
        return InProcess.of(Main.spec()).config(Patience.answering());
    }

    private static Doc status(String address, String version, String recording) {
        return handler().call(Requests.call("status", Requests.snmp(address, version, recording)));
    }

    @Test
    void everyUpsMibRecordingShowsItsValuesInThePanelsUnitsAndItsStatus() {
        assertRecordings(UpsRecordings.UPS_MIB_FILES, UpsRecordings::expectedFromUpsMib);
    }

    @Test
    void everyPowerNetRecordingShowsItsValuesInThePanelsUnitsAndItsStatus() {
        assertRecordings(UpsRecordings.POWERNET_FILES, UpsRecordings::expectedFromPowerNet);
    }

    private static void assertRecordings(List<String> names, Function<Snmprec, Map<String, BigDecimal>> expected) {
        for (String name : names) {
            Doc d = status(sim.address(), "v2c", name).ok();
            UpsParams.assertNumbers(expected.apply(UpsRecordings.read(name)), d);
            assertEquals(UpsRecordings.STATUS.get(name), UpsParams.status(d), name);
        }
    }

    @Test
    void theRealUpsesAreReadAsTheirWalksSay() {
        for (String name : SHARED) {
            Doc d = status(sim.address(), "v2c", name).ok();
            UpsParams.assertNumbers(UpsRecordings.expectedFromUpsMib(Snmprec.read(SharedRecordings.file(name
                    + ".snmprec.gz"))), d);
            assertEquals(SHARED_STATUS.get(name), UpsParams.status(d), name);
        }
    }

    /**
     * The Eaton 9390 states three output lines but gives upsOutputPercentLoad for line 1 only; its
     * XUPS-MIB xupsOutputLoad is the whole UPS's load, which the panel must see.
     */
    @Test
    void theEatonsOutputLoadComesFromItsXupsMibWhereTheUpsMibGivesOneLineOfThree() {
        Snmprec r = Snmprec.read(SharedRecordings.file("eaton-powerxpert.snmprec.gz"));
        assertEquals("3", r.get("1.3.6.1.2.1.33.1.4.3.0"), "upsOutputNumLines");
        assertEquals(1, r.column("1.3.6.1.2.1.33.1.4.4.1.5").size(), "upsOutputPercentLoad rows");
        RunResult run = handler().run(Requests.call("status",
                Requests.snmp(sim.address(), "v2c", "eaton-powerxpert")), "-v");
        Map<String, BigDecimal> got = UpsParams.numbers(run.doc().ok());
        assertEquals(0, new BigDecimal(r.get("1.3.6.1.4.1.534.1.4.1.0")).compareTo(got.get("output_load_line_A")),
                got::toString);
        assertTrue(run.stderr().contains("output_load from xupsOutputLoad"), run.stderr());
    }

    /**
     * A Phoenixtec-made UPS states one line on each side but fills three rows, the last two zeros:
     * the stated number decides, so the panel sees one line of 228 V, not a three-phase UPS at 0 V.
     */
    @Test
    void aUpsHasTheLinesItSaysItHasAndTheTraceSaysWhichRowsAreIgnored() {
        Snmprec r = UpsRecordings.read("ups-phoenixtec-one-line");
        assertEquals("1", r.get("1.3.6.1.2.1.33.1.3.2.0"), "upsInputNumLines");
        assertEquals(3, r.column("1.3.6.1.2.1.33.1.3.3.1.3").size(), "upsInputVoltage rows");
        RunResult run = handler().run(Requests.call("status",
                Requests.snmp(sim.address(), "v2c", "ups-phoenixtec-one-line")), "-v");
        Map<String, BigDecimal> got = UpsParams.numbers(run.doc().ok());
        assertTrue(got.keySet().stream().noneMatch(k -> k.endsWith("_line_B")), got::toString);
        assertEquals(0, new BigDecimal(r.get("1.3.6.1.2.1.33.1.3.3.1.3.1")).compareTo(got.get("input_voltage_line_A")));
        assertTrue(run.stderr().contains("upsInputVoltage rows [2, 3] [0, 0] ignored: the UPS states 1 line on its input"),
                run.stderr());
    }

    /** A three-phase APC (PowerNet only): its phase tables, not the scalars that describe one phase. */
    @Test
    void aThreePhaseApcIsReadFromItsPhaseTables() {
        Snmprec r = UpsRecordings.read("apc-symmetra-px-three-phase");
        Map<String, BigDecimal> got = UpsParams.numbers(status(sim.address(), "v2c", "apc-symmetra-px-three-phase").ok());
        assertTrue(got.containsKey("input_power_line_A"), "PowerNet's input power is in the phase table: " + got);
        assertTrue(new BigDecimal(r.get("1.3.6.1.4.1.318.1.1.1.3.3.1.0")).movePointLeft(1)
                .compareTo(got.get("input_voltage_line_A")) != 0, "not upsHighPrecInputLineVoltage, one phase's");
        assertTrue(got.keySet().stream().noneMatch(k -> k.endsWith("_line_B")), got::toString);
    }

    @Test
    void aThreePhaseUpsIsOneCombinedLineAndASplitPhaseOneHasLinesAAndB() {
        Map<String, BigDecimal> three = UpsParams.numbers(status(sim.address(), "v2c", "ups-three-phase").ok());
        assertTrue(three.keySet().stream().noneMatch(k -> k.endsWith("_line_B")), three::toString);
        // the lowest phase voltage, the most loaded phase, all phases' power: recorded 229/226/231 V,
        // 51/49/60 %, 4850+4620+5710 W out and 5210+4980+6030 W in
        Snmprec r = UpsRecordings.read("ups-three-phase");
        assertEquals(r.get("1.3.6.1.2.1.33.1.3.3.1.3.2"), three.get("input_voltage_line_A").toBigInteger().toString());
        assertEquals(r.get("1.3.6.1.2.1.33.1.4.4.1.5.3"), three.get("output_load_line_A").toBigInteger().toString());
        Map<String, BigDecimal> two = UpsParams.numbers(status(sim.address(), "v2c", "ups-split-phase-on-battery").ok());
        assertTrue(two.containsKey("output_power_line_B") && two.containsKey("input_voltage_line_B"), two::toString);
        assertFalse(UpsParams.numbers(status(sim.address(), "v2c", "ups-single-mains").ok()).keySet().stream()
                .anyMatch(k -> k.endsWith("_line_B")));
    }

    @Test
    void aValueTheUpsDoesNotGiveIsLeftOut() {
        // no upsInputTruePower in this recording; no upsAdvOutputActivePower on the old APC card
        assertFalse(UpsParams.numbers(status(sim.address(), "v2c", "ups-low-battery").ok())
                .containsKey("input_power_line_A"));
        Map<String, BigDecimal> old = UpsParams.numbers(status(sim.address(), "v2c", "apc-old-card-trim").ok());
        assertFalse(old.containsKey("output_power_line_A"), old::toString);
        assertFalse(old.containsKey("input_power_line_A"), old::toString);
    }

    @Test
    void aUpsWithBothMibsIsReadThroughUpsMib() {
        Snmprec r = UpsRecordings.read(UpsRecordings.BOTH_MIBS);
        Map<String, BigDecimal> upsMib = UpsRecordings.expectedFromUpsMib(r);
        assertNotEquals(upsMib, UpsRecordings.expectedFromPowerNet(r), "the recording must tell the two apart");
        Doc d = status(sim.address(), "v2c", UpsRecordings.BOTH_MIBS).ok();
        UpsParams.assertNumbers(upsMib, d);
        assertEquals("OK", UpsParams.status(d));
    }

    @Test
    void snmpV1ReadsTheSameAsV2c() {
        for (String name : List.of("ups-three-phase", "ups-low-battery", "apc-smartups")) {
            Doc v1 = status(sim.address(), "v1", name).ok();
            Doc v2 = status(sim.address(), "v2c", name).ok();
            assertEquals(v2.params(), v1.params(), name);
        }
    }

    @Test
    void aThreePhaseStatusTakesAtMostThreeRequests() {
        try (UdpRelay relay = UdpRelay.to("127.0.0.1", sim.port())) {
            status(relay.address(), "v2c", "ups-three-phase").ok();
            assertTrue(relay.requests() <= 3, relay.requests() + " requests");
        }
    }

    @Test
    void aDeviceThatIsNoUpsIsUnexpectedData() {
        Doc d = status(sim.address(), "v2c", "c3750").error("unexpected_data");
        assertTrue(d.errorText().contains("UPS-MIB") && d.errorText().contains("PowerNet"), d.errorText());
    }

    @Test
    void aWrongCommunityIsAConnectionErrorThatDoesNotShowIt() {
        Doc d = InProcess.of(Main.spec()).config("snmp.timeout.ms=300", "snmp.retries=0")
                .call(Requests.call("status", Requests.snmp(sim.address(), "v2c", "secret-community"))).error("connection");
        assertFalse(d.text().contains("secret-community"), d.text());
    }
}
