package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Q-BRIDGE-MIB (RFC 4363) of the {@link SwitchModel#Q_BRIDGE} switch: dot1qVlanStaticTable and
 * dot1qPvid (writable through {@link StaticVlans}), and dot1qTpFdbTable, indexed by
 * dot1qFdbId.MAC with the FDB id equal to the VLAN id (independent VLAN learning, as ProCurve does).
 */
final class QBridgeMib {
    static final String PORT_VLAN_ENTRY = "1.3.6.1.2.1.17.7.1.4.5.1";
    static final String TP_FDB_ENTRY = "1.3.6.1.2.1.17.7.1.2.2.1";

    private QBridgeMib() {
    }

    static MibTable vlanStaticTable(StaticVlans vlans) {
        BridgePorts ports = vlans.bridgePorts();
        return new MibTable(StaticVlans.STATIC_ENTRY.toDottedString(),
                MibTable.singleIndexRows(context -> new ArrayList<>(vlans.state().vlans().keySet())), vlans,
                new MibTable.Column(StaticVlans.NAME, (context, index) -> vlan(vlans, index) == null ? null
                        : Syntax.text(vlan(vlans, index).name())),
                new MibTable.Column(StaticVlans.EGRESS, (context, index) -> vlan(vlans, index) == null ? null
                        : new OctetString(PortList.encode(vlan(vlans, index).egress(), ports.last()))),
                new MibTable.Column(StaticVlans.FORBIDDEN_EGRESS, (context, index) -> vlan(vlans, index) == null ? null
                        : new OctetString(PortList.encode(java.util.Collections.emptySortedSet(), ports.last()))),
                new MibTable.Column(StaticVlans.UNTAGGED, (context, index) -> vlan(vlans, index) == null ? null
                        : new OctetString(PortList.encode(vlan(vlans, index).untagged(), ports.last()))),
                new MibTable.Column(StaticVlans.ROW_STATUS, (context, index) -> vlan(vlans, index) == null ? null
                        : new Integer32(vlan(vlans, index).rowStatus())));
    }

    private static StaticVlans.Vlan vlan(StaticVlans vlans, OID index) {
        return vlans.state().vlans().get(index.get(0));
    }

    /** dot1qPortVlanTable with its dot1qPvid column, a VlanIndex (Unsigned32), per bridge port. */
    static MibTable portVlanTable(StaticVlans vlans) {
        return new MibTable(PORT_VLAN_ENTRY, MibTable.singleIndexRows(context -> vlans.bridgePorts().numbers()), vlans,
                new MibTable.Column(1, (context, index) -> {
                    Integer pvid = vlans.state().pvids().get(index.get(0));
                    return pvid == null ? null : new Gauge32(pvid);
                }));
    }

    static MibTable tpFdbTable(ForwardingDatabase fdb, StaticVlans vlans) {
        return new MibTable(TP_FDB_ENTRY, context -> new ArrayList<>(entries(fdb, vlans).keySet()), null,
                new MibTable.Column(2, (context, index) -> {
                    ForwardingDatabase.Entry e = entries(fdb, vlans).get(index);
                    return e == null ? null : new Integer32(fdb.bridgePort(e));
                }),
                new MibTable.Column(3, (context, index) -> {
                    ForwardingDatabase.Entry e = entries(fdb, vlans).get(index);
                    return e == null ? null : new Integer32(e.status().value());
                }));
    }

    /** fdbId.MAC -> entry, for entries whose port carries their VLAN (or the switch's own). */
    private static Map<OID, ForwardingDatabase.Entry> entries(ForwardingDatabase fdb, StaticVlans vlans) {
        Map<OID, ForwardingDatabase.Entry> out = new TreeMap<>();
        for (ForwardingDatabase.Entry e : fdb.snapshot()) {
            int bp = fdb.bridgePort(e);
            if (bp == 0 || vlans.carries(e.vlan(), bp)) {
                OID index = new OID(new int[]{e.vlan()}).append(new OID(ForwardingDatabase.subIds(e.mac())));
                out.putIfAbsent(index, e);
            }
        }
        return out;
    }
}
