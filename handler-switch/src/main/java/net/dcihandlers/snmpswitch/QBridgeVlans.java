package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
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
        // join the wanted VLANs first, so the port is never left in none
        for (int v : req.allVlans()) {
            writeMembership(snmp, t, v, bp, true, v == req.vlanId(), trace);
        }
        try {
            snmp.set(new OID(BridgeMib.DOT1Q_PVID).append(bp), new Integer32(req.vlanId()));
        } catch (HandlerException e) {
            // some switches derive the PVID from untagged membership and keep dot1qPvid read-only
            trace.line("dot1qPvid." + bp + " not set (" + e.getMessage() + "); the read-back tells what holds");
        }
        for (int v : t.egress().keySet()) {
            if (!req.allVlans().contains(v)) {
                writeMembership(snmp, t, v, bp, false, false, trace);
            }
        }
        if (req.vlanName() != null && !req.vlanName().equals(t.names().get(req.vlanId()))) {
            snmp.set(new OID(BridgeMib.DOT1Q_VLAN_STATIC_NAME).append(req.vlanId()), new OctetString(req.vlanName()));
        }
        return read(snmp, bp);
    }

    /** Writes one VLAN's egress and untagged lists in one SET, only when they change. */
    private static void writeMembership(SnmpClient snmp, VlanTable t, int vlan, int bp, boolean member,
                                        boolean untaggedMember, Trace trace) throws HandlerException {
        PortList egress = t.egress().get(vlan);
        PortList untagged = t.untagged().get(vlan);
        PortList newEgress = egress.with(bp, member);
        PortList newUntagged = untagged.with(bp, untaggedMember);
        if (newEgress.members().equals(egress.members()) && newUntagged.members().equals(untagged.members())) {
            return;
        }
        trace.line("VLAN " + vlan + ": bridge port " + bp + (member ? untaggedMember ? " untagged" : " tagged" : " removed"));
        List<VariableBinding> set = new ArrayList<>();
        OID e = new OID(BridgeMib.DOT1Q_VLAN_STATIC_EGRESS_PORTS).append(vlan);
        OID u = new OID(BridgeMib.DOT1Q_VLAN_STATIC_UNTAGGED_PORTS).append(vlan);
        // untagged must stay a subset of egress at every step: add egress first, remove untagged first
        if (member) {
            set.add(new VariableBinding(e, new OctetString(newEgress.bytes())));
            set.add(new VariableBinding(u, new OctetString(newUntagged.bytes())));
        } else {
            set.add(new VariableBinding(u, new OctetString(newUntagged.bytes())));
            set.add(new VariableBinding(e, new OctetString(newEgress.bytes())));
        }
        snmp.set(set);
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
