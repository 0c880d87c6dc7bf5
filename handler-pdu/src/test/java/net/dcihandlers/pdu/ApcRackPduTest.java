package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-pdu against simulated APC rPDU (AP79xx) and MasterSwitch (sPDU) units. */
class ApcRackPduTest {

    @Test
    void anRpduIsDrivenThroughItsOwnTablesThoughItAlsoServesTheMasterSwitchTable() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).outlets(8).sysName("ap7900-a")
                .outletNames("db&web", "<spare>").off(2).start()) {
            PduCalls dci = PduCalls.to(pdu);
            Doc status = dci.status("public").ok();
            assertEquals("ap7900-a", status.hostname());
            Map<String, Map<String, String>> outlets = status.ports();
            assertEquals(8, outlets.size());
            assertEquals("db&web", outlets.get("1").get("description"));
            assertEquals("<spare>", outlets.get("2").get("description"));
            assertEquals("on", outlets.get("1").get("admin_status"));
            assertEquals("off", outlets.get("2").get("admin_status"));

            assertEquals("off", dci.port("port_off", "private", "1").ok().port().get("admin_status"));
            assertFalse(pdu.isOn(1));
            assertEquals("on", dci.port("port_on", "private", "2").ok().port().get("admin_status"));
            assertTrue(pdu.isOn(2));
            assertEquals(List.of("rPDUOutletControlOutletCommand.1=2", "rPDUOutletControlOutletCommand.2=1"),
                    pdu.commands());
        }
    }

    @Test
    void resetRebootsTheOutletOffAndOnAndAnswersOnlyOnceItIsBackOn() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).outlets(4)
                .rebootDuration(Duration.ofMillis(600)).start()) {
            Map<String, String> p = PduCalls.to(pdu).port("port_reset", "private", "3").ok().port();
            assertEquals("on", p.get("admin_status"));
            assertEquals(List.of("rPDUOutletControlOutletCommand.3=3"), pdu.commands());
            assertEquals(List.of("off", "on"), pdu.switchings(3), "the answer came after the whole reboot");
        }
    }

    @Test
    void statisticsOfAUnitMeteredRpduAnswersItsOutletsWithoutPowerNamingWhatItMeters() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).start()) {
            PduCalls.assertOutletsWithoutPower(PduCalls.to(pdu).traced("statistics", "public"), 8,
                    "rPDUIdentDevicePowerWatts");
        }
    }

    @Test
    void aLegacyMasterSwitchIsSwitchedThroughSPDUOutletCtl() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.SPDU).outlets(8).outletNames("a & b").start()) {
            PduCalls dci = PduCalls.to(pdu);
            Map<String, Map<String, String>> outlets = dci.status("public").ok().ports();
            assertEquals(8, outlets.size());
            assertEquals("a & b", outlets.get("1").get("description"));
            assertEquals("off", dci.port("port_off", "private", "1").ok().port().get("admin_status"));
            assertFalse(pdu.isOn(1));
            assertEquals("on", dci.port("port_reset", "private", "5").ok().port().get("admin_status"));
            assertEquals(List.of("sPDUOutletCtl.1=2", "sPDUOutletCtl.5=3"), pdu.commands());
            assertEquals(List.of("off", "on"), pdu.switchings(5));
            PduCalls.assertOutletsWithoutPower(dci.traced("statistics", "public"), 8, "MasterSwitch");
        }
    }

    @Test
    void anUnknownCommunityIsAConnectionErrorWithoutASecretInIt() {
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU).start()) {
            Doc d = PduCalls.to(pdu, "snmp.timeout.ms=300", "snmp.retries=0").status("s3cretCommunity")
                    .error("connection");
            assertFalse(d.text().contains("s3cretCommunity"), d.text());
        }
    }
}
