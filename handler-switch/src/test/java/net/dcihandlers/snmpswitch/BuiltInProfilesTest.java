package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.profile.MibObject;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The built-in switch profiles: every one binds, in the order the README describes, and an object
 * the code reads as well (vtpVlanState for the VLAN list, dot1qPvid for set_vlan) is the same
 * object in the file and in the code, so that neither can drift.
 */
class BuiltInProfilesTest {
    @Test
    void everyBuiltInProfileBindsMostSpecificFirst() throws HandlerException {
        ProfileSet set = ProfileSet.parse(ProfileSet.builtIn(Profiles.HANDLER, Profiles.class));
        for (Profile p : set.profiles()) {
            SwitchProfile.from(p);
        }
        assertEquals(List.of("Cisco IOS with CISCO-STACK-MIB", "Cisco IOS", "Q-BRIDGE-MIB switch", "IF-MIB switch"),
                set.profiles().stream().map(Profile::name).toList());
    }

    @Test
    void anObjectTheCodeDeclaresTooIsTheSameObjectThere() throws HandlerException {
        // the code's declarations first, as when a call runs
        assertNotNull(CiscoMib.VTP_VLAN_STATE);
        assertNotNull(BridgeMib.DOT1Q_PVID);
        ProfileSet set = ProfileSet.parse(ProfileSet.builtIn(Profiles.HANDLER, Profiles.class));
        int shared = 0;
        for (MibObject o : set.objects().values()) {
            SnmpObjects.Definition d = SnmpObjects.of(o.oid());
            assertEquals(o.oid(), d.oid(), o.name());
            assertEquals(o.name(), d.name(), o.where());
            assertEquals(o.syntax(), d.syntax(), o.where());
            assertEquals(o.has("required"), d.required(), o.where());
            shared += o.oid().equals(CiscoMib.VTP_VLAN_STATE) || o.oid().equals(BridgeMib.DOT1Q_PVID) ? 1 : 0;
        }
        assertEquals(2, shared, "vtpVlanState and dot1qPvid are in both");
    }
}
