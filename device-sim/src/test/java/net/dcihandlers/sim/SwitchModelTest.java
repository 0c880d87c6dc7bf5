package net.dcihandlers.sim;

import static net.dcihandlers.sim.BridgeAndEtherLikeTest.DOT3_DUPLEX;
import static net.dcihandlers.sim.NetSnmp.bulkWalk;
import static net.dcihandlers.sim.NetSnmp.text;
import static net.dcihandlers.sim.QBridgeTest.EGRESS;
import static net.dcihandlers.sim.QBridgeTest.NAME;
import static net.dcihandlers.sim.QBridgeTest.PVID;
import static net.dcihandlers.sim.QBridgeTest.UNTAGGED;
import static net.dcihandlers.sim.SimulatedSwitchTest.getOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A switch family the simulator does not know, declared here and nowhere else, served as declared. */
class SwitchModelTest {
    private static final SwitchModel ACME = new SwitchModel("ACME", "acme", "1.3.6.1.4.1.99999.42",
            "Acme Switchmaster 3000", SwitchModel.VlanMibs.Q_BRIDGE, "Acme port %d", "ap%d", false, false);

    @Test
    void aFamilyDeclaredInATestIsServedWithItsIdentityPortNamesAndQBridgeVlans() {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(ACME).ports(3).vlan(10, "web").start()) {
            assertEquals("OID: .1.3.6.1.4.1.99999.42", getOne(sw, "1.3.6.1.2.1.1.2.0"));
            assertEquals("Acme Switchmaster 3000", text(getOne(sw, "1.3.6.1.2.1.1.1.0")));
            assertEquals(List.of("Acme port 1", "Acme port 2", "Acme port 3"),
                    bulkWalk(sw, 10, "1.3.6.1.2.1.2.2.1.2").texts(), "ifDescr");
            assertEquals(List.of("ap1", "ap2", "ap3"), bulkWalk(sw, 10, "1.3.6.1.2.1.31.1.1.1.1").texts(), "ifName");
            assertTrue(bulkWalk(sw, 10, DOT3_DUPLEX).values().values().stream().allMatch(v -> v.startsWith("No Such")),
                    "no EtherLike-MIB unless the family serves it");
            assertEquals(List.of("DEFAULT_VLAN", "web"), bulkWalk(sw, 10, NAME).texts());

            // port 2 (0x40) leaves VLAN 1 and joins VLAN 10 untagged, as on any Q-BRIDGE switch
            NetSnmp.Result moved = NetSnmp.v2c("snmpset", sw, "private", List.of(), EGRESS + ".1", "x", "A0",
                    UNTAGGED + ".1", "x", "A0", EGRESS + ".10", "x", "40", UNTAGGED + ".10", "x", "40");
            assertEquals(0, moved.exitCode(), moved::toString);
            assertEquals(Set.of(2), sw.qBridge().untaggedPorts(10));
            assertEquals("Gauge32: 10", getOne(sw, PVID + ".2"));

            IllegalStateException noVtp = assertThrows(IllegalStateException.class, sw::vtp);
            assertTrue(noVtp.getMessage().contains("ACME"), noVtp.getMessage());
        }
    }
}
