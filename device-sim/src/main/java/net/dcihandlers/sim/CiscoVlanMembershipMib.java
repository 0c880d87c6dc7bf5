package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;

import org.snmp4j.smi.Integer32;

/**
 * CISCO-VLAN-MEMBERSHIP-MIB vmMembershipTable, indexed by ifIndex, one row per port that is not
 * trunking: vmVlanType static(1), vmVlan (read-write through {@link CiscoPortVlans}) and
 * vmPortStatus active(2).
 */
final class CiscoVlanMembershipMib {
    private CiscoVlanMembershipMib() {
    }

    static MibTable vmMembershipTable(CiscoPortVlans vlans) {
        return new MibTable(CiscoPortVlans.VM_MEMBERSHIP_ENTRY, MibTable.singleIndexRows(context -> {
            List<Integer> rows = new ArrayList<>();
            vlans.state().forEach((ifIndex, p) -> {
                if (!p.trunking()) {
                    rows.add(ifIndex);
                }
            });
            return rows;
        }), vlans,
                new MibTable.Column(CiscoPortVlans.VM_VLAN_TYPE, (context, index) -> new Integer32(1)),
                new MibTable.Column(CiscoPortVlans.VM_VLAN,
                        (context, index) -> new Integer32(vlans.state().get(index.get(0)).accessVlan())),
                new MibTable.Column(CiscoPortVlans.VM_PORT_STATUS, (context, index) -> new Integer32(2)));
    }
}
