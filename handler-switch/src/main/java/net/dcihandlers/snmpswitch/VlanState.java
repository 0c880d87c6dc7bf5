package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.protocol.Port;

import java.util.SortedSet;
import java.util.stream.Collectors;

/** A port's VLAN configuration as read back from the switch. */
record VlanState(Integer vlanId, String vlanName, boolean trunk, SortedSet<Integer> members) {

    Port toPort(int ifIndex, String description) {
        Port p = new Port(Integer.toString(ifIndex)).description(description).vlanId(vlanId).vlanName(vlanName)
                .isTrunk(trunk);
        if (trunk) {
            p.trunkMembers(members.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return p;
    }
}
