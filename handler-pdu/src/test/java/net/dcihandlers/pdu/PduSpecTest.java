package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.sim.SimulatedSwitch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What dci-pdu declares, and how it answers requests it cannot serve. */
class PduSpecTest {

    @Test
    void infoDeclaresAPduThatCollectsPowerWithItsFiveFunctions() {
        Doc info = InProcess.of(Main.spec()).run("", "-info").doc();
        assertEquals("PDU", info.field("type"));
        assertEquals(List.of("snmpv1", "snmpv2c", "snmpv3", "can_collect_power"), info.childNames("requirements"));
        assertEquals(List.of("status", "statistics", "port_on", "port_off", "port_reset"),
                info.childNames("supported_funcs"));
    }

    @Test
    void aFunctionOfSwitchesIsRefusedByName() {
        Doc d = InProcess.of(Main.spec()).call(Requests.call("set_vlan", Requests.snmp("127.0.0.1:9", "v2c", "x")));
        d.error("unexpected_data");
        assertTrue(d.errorText().contains("set_vlan"), d.errorText());
    }

    @Test
    void aDeviceWithoutAnyKnownOutletTableIsAnErrorNamingTheFamiliesTried() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(4).start()) {
            Doc d = PduCalls.to(sw.address()).status("public").error("unexpected_data");
            assertTrue(d.errorText().contains("none of the outlet tables") && d.errorText().contains("rPDU2"),
                    d.errorText());
        }
    }
}
