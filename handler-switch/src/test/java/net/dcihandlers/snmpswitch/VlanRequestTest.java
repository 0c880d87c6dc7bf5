package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.PortParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VlanRequestTest {

    @Test
    void anAccessPortTakesOnlyTheVlanId() throws Exception {
        VlanRequest r = VlanRequest.from(new PortParams().vlanId("10").isTrunk("off").trunkMembers("20,30"));
        assertEquals(10, r.vlanId());
        assertFalse(r.trunk());
        assertTrue(r.members().isEmpty(), "members of a non-trunk are ignored");
        assertNull(r.vlanName());
    }

    @Test
    void aTrunkCarriesItsMembersWithTheNativeVlan() throws Exception {
        VlanRequest r = VlanRequest.from(new PortParams().vlanId("10").isTrunk("on").trunkMembers("30,20,4095")
                .vlanName("web"));
        assertTrue(r.trunk());
        assertEquals(List.of(20, 30, 4095), List.copyOf(r.members()));
        assertEquals(Set.of(10, 20, 30, 4095), r.allVlans());
        assertEquals("web", r.vlanName());
    }

    @Test
    void anyOtherTrunkValueMeansNoTrunk() throws Exception {
        for (String s : List.of("off", "yes", "ON", "1", "")) {
            assertFalse(VlanRequest.from(new PortParams().vlanId("5").isTrunk(s).trunkMembers("6")).trunk(), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "4096", "-1", "10a", "1 0", "99999", "1e3", "0x10"})
    void refusesVlanIdsOutsideTheRange(String id) {
        assertThrows(HandlerException.class, () -> VlanRequest.from(new PortParams().vlanId(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10,", ",10", "10,,20", "10;20", "10,abc", "10,4096", "10,0", "$(reboot)"})
    void refusesJunkInTrunkMembers(String members) {
        HandlerException e = assertThrows(HandlerException.class,
                () -> VlanRequest.from(new PortParams().vlanId("10").isTrunk("on").trunkMembers(members)));
        assertTrue(e.getMessage().contains("trunk_members"), e.getMessage());
    }

    @Test
    void toleratesSpacesAroundMembers() throws Exception {
        assertEquals(List.of(20, 30), List.copyOf(VlanRequest.from(new PortParams().vlanId("10").isTrunk("on")
                .trunkMembers(" 20, 30 ")).members()));
    }

    @Test
    void refusesJunkInTrunkMembersEvenForAnAccessPort() {
        assertThrows(HandlerException.class,
                () -> VlanRequest.from(new PortParams().vlanId("10").isTrunk("off").trunkMembers("x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "thirty-three-characters-long-name", "tab\tname"})
    void refusesUnusableVlanNames(String name) {
        assertThrows(HandlerException.class, () -> VlanRequest.from(new PortParams().vlanId("10").vlanName(name)));
    }
}
