package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles in the installation's etc/profiles/dci-pdu/: an operator adds a family or corrects one
 * without a rebuild, and a mistake there is an error naming the file and line, before anything is
 * sent.
 */
class OperatorProfilesTest {
    @TempDir
    Path home;

    private InProcess dciPdu(String file, String text) throws Exception {
        Path dir = Files.createDirectories(home.resolve("etc/profiles/dci-pdu"));
        Files.writeString(dir.resolve(file), text);
        return InProcess.of(Main.spec()).home(home).config(Patience.answering("pdu.power.wait.ms=50"));
    }

    @Test
    void anOperatorsProfileForAFamilyIsUsedBeforeTheBuiltInOnes() throws Exception {
        // a site whose firmware labels outlet states the other way round from the MIB, say
        String site = """
                object siteState 1.3.6.1.4.1.318.1.1.26.9.2.3.1.5 integer 1=on 2=off
                profile site-rpdu2
                  name            rPDU2 with this site's firmware
                  probe           siteState
                  outlet-name     rPDU2OutletSwitchedStatusName
                  outlet-state    siteState
                  switch-on       rPDU2OutletSwitchedControlCommand 1
                  switch-off      rPDU2OutletSwitchedControlCommand 2
                  switch-reset    rPDU2OutletSwitchedControlCommand 3
                  reset-shows-off yes
                  not-metered     meters nothing this site reads
                """;
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).off(2).start()) {
            InProcess dci = dciPdu("site.profile", site);
            Doc status = dci.call(Requests.call("status", Requests.snmp(pdu.address(), "v2c", "public")));
            assertEquals("off", status.ports().get("1").get("admin_status"), "read with the site's values");
            assertEquals("on", status.ports().get("2").get("admin_status"));
            Doc none = dci.call(Requests.call("port_on", Requests.snmp(pdu.address(), "v2c", "private"), "99"));
            assertTrue(none.error("unexpected_data").errorText().startsWith("the rPDU2 with this site's firmware"),
                    none.errorText());
        }
    }

    @Test
    void aMistakeInAnOperatorsFileIsAnErrorAtItsLineAndNothingIsSent() throws Exception {
        String typo = """
                profile apc-rpdu2
                  name            APC rPDU2, corrected
                  probe           rPDU2OutletSwitchedStatusState
                  outlet-name     rPDU2OutletSwitchedStatusName
                  outlet-state    rPDU2OutletSwitchedStatusStat
                """;
        try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(4).start()) {
            InProcess dci = dciPdu("fix.profile", typo);
            Doc answer = dci.call(Requests.call("port_off", Requests.snmp(pdu.address(), "v2c", "private"), "1"));
            Path file = home.resolve("etc/profiles/dci-pdu/fix.profile");
            assertEquals("profile file " + file + ", line 5: 'outlet-state' names rPDU2OutletSwitchedStatusStat,"
                    + " which no 'object' line declares", answer.error("unexpected_data").errorText());
            assertEquals(List.of(), pdu.commands());
            assertTrue(pdu.isOn(1));
        }
    }
}
