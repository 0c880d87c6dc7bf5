package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * VLANs the Q-BRIDGE-MIB way: a port is an untagged member of its access (or native) VLAN, whose id
 * is its dot1qPvid, and a tagged member of the VLANs a trunk carries, as the static egress and
 * untagged PortLists of each VLAN say. Ports there are bridge ports, mapped to ifIndex through
 * dot1dBasePortIfIndex.
 */
final class QBridgeVlans {
    private QBridgeVlans() {
    }

    /** The static VLAN table: each VLAN's name and member lists. */
    record VlanTable(Map<Integer, String> names, Map<Integer, PortList> egress, Map<Integer, PortList> untagged) {

        static VlanTable read(SnmpClient snmp) throws HandlerException {
            SnmpTable t = snmp.walk(List.of(BridgeMib.DOT1Q_VLAN_STATIC_NAME, BridgeMib.DOT1Q_VLAN_STATIC_EGRESS_PORTS,
                    BridgeMib.DOT1Q_VLAN_STATIC_UNTAGGED_PORTS, BridgeMib.DOT1Q_VLAN_STATIC_ROW_STATUS));
            Map<Integer, String> names = new TreeMap<>();
            Map<Integer, PortList> egress = new TreeMap<>();
            Map<Integer, PortList> untagged = new TreeMap<>();
            for (OID index : t.indexes().keySet()) {
                Integer vlan = SnmpValues.singleIndex(index);
                if (vlan == null) {
                    continue;
                }
                names.put(vlan, SnmpValues.asText(t.get(BridgeMib.DOT1Q_VLAN_STATIC_NAME, index)));
                egress.put(vlan, PortList.of(SnmpValues.asBytes(t.get(BridgeMib.DOT1Q_VLAN_STATIC_EGRESS_PORTS, index)), 1));
                untagged.put(vlan, PortList.of(SnmpValues.asBytes(t.get(BridgeMib.DOT1Q_VLAN_STATIC_UNTAGGED_PORTS, index)), 1));
            }
            return new VlanTable(names, egress, untagged);
        }

        boolean exists(int vlan) {
            return egress.containsKey(vlan);
        }

        /** The VLAN state of one bridge port, with its PVID. */
        VlanState stateOf(int bridgePort, Integer pvid) {
            SortedSet<Integer> tagged = new TreeSet<>();
            for (Map.Entry<Integer, PortList> e : egress.entrySet()) {
                if (e.getValue().contains(bridgePort) && !untagged.get(e.getKey()).contains(bridgePort)) {
                    tagged.add(e.getKey());
                }
            }
            return new VlanState(pvid, pvid == null ? null : names.get(pvid), !tagged.isEmpty(), tagged);
        }
    }

    static VlanState setVlan(SnmpClient snmp, int ifIndex, VlanRequest req, Trace trace) throws HandlerException {
        int bp = bridgePort(snmp, ifIndex);
        VlanTable t = VlanTable.read(snmp);
        for (int v : req.allVlans()) {
            if (!t.exists(v)) {
                throw HandlerException.badData("VLAN " + v + " does not exist on the switch at " + snmp.address()
                        + "; create it there first (nothing was changed)");
            }
        }
        writeMemberships(snmp, t, bp, req, trace);
        try {
            // dot1qPvid is a VlanIndex, an Unsigned32: an INTEGER is wrongType to the agent
            snmp.set(new OID(BridgeMib.DOT1Q_PVID).append(bp), new UnsignedInteger32(req.vlanId()));
        } catch (HandlerException e) {
            // some switches derive the PVID from untagged membership and keep dot1qPvid read-only
            trace.line("dot1qPvid." + bp + " not set (" + e.getMessage() + "); the read-back tells what holds");
        }
        if (req.vlanName() != null && !req.vlanName().equals(t.names().get(req.vlanId()))) {
            snmp.set(new OID(BridgeMib.DOT1Q_VLAN_STATIC_NAME).append(req.vlanId()), new OctetString(req.vlanName()));
        }
        return read(snmp, bp);
    }

    /**
     * Writes the egress and untagged lists of every VLAN whose membership of the port changes, all
     * in one SET. A switch judges a SET on the state after the whole PDU, and HP/Aruba switches
     * refuse a port untagged in two VLANs or in none, so moving a port VLAN by VLAN is refused at
     * the first step. Within the PDU the VLANs the port leaves come first, untagged list before
     * egress list, then those it joins, egress before untagged, for agents that check each binding
     * on its own.
     */
    private static void writeMemberships(SnmpClient snmp, VlanTable t, int bp, VlanRequest req, Trace trace)
            throws HandlerException {
        List<VariableBinding> leaving = new ArrayList<>();
        List<VariableBinding> joining = new ArrayList<>();
        for (int vlan : t.egress().keySet()) {
            boolean member = req.allVlans().contains(vlan);
            boolean untaggedMember = vlan == req.vlanId();
            PortList egress = t.egress().get(vlan);
            PortList untagged = t.untagged().get(vlan);
            PortList newEgress = egress.with(bp, member);
            PortList newUntagged = untagged.with(bp, untaggedMember);
            if (newEgress.members().equals(egress.members()) && newUntagged.members().equals(untagged.members())) {
                continue;
            }
            trace.line("VLAN " + vlan + ": bridge port " + bp + (member ? untaggedMember ? " untagged" : " tagged" : " removed"));
            VariableBinding e = new VariableBinding(new OID(BridgeMib.DOT1Q_VLAN_STATIC_EGRESS_PORTS).append(vlan),
                    new OctetString(newEgress.bytes()));
            VariableBinding u = new VariableBinding(new OID(BridgeMib.DOT1Q_VLAN_STATIC_UNTAGGED_PORTS).append(vlan),
                    new OctetString(newUntagged.bytes()));
            boolean leaves = untagged.contains(bp) && !untaggedMember || egress.contains(bp) && !member;
            if (leaves) {
                leaving.add(u);
                leaving.add(e);
            } else {
                joining.add(e);
                joining.add(u);
            }
        }
        List<VariableBinding> set = new ArrayList<>(leaving);
        set.addAll(joining);
        if (!set.isEmpty()) {
            snmp.set(set);
        }
    }

    static VlanState read(SnmpClient snmp, int bridgePort) throws HandlerException {
        Variable pvid = snmp.get(new OID(BridgeMib.DOT1Q_PVID).append(bridgePort));
        return VlanTable.read(snmp).stateOf(bridgePort, SnmpValues.asInt(pvid));
    }

    /** The bridge port of an ifIndex. */
    static int bridgePort(SnmpClient snmp, int ifIndex) throws HandlerException {
        for (Map.Entry<OID, Variable> e : snmp.walk(List.of(BridgeMib.DOT1D_BASE_PORT_IF_INDEX))
                .column(BridgeMib.DOT1D_BASE_PORT_IF_INDEX).entrySet()) {
            Integer i = SnmpValues.asInt(e.getValue());
            Integer bp = SnmpValues.singleIndex(e.getKey());
            if (i != null && i == ifIndex && bp != null) {
                return bp;
            }
        }
        throw HandlerException.badData("port " + ifIndex + " is not a bridge port (no dot1dBasePortIfIndex row"
                + " maps to it), so it has no VLANs to set; nothing was changed");
    }
}
