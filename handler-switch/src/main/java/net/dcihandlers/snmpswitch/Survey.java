package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.snmpswitch.SwitchProfile.PortTable;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The switch's ports, read together with the columns a function needs, in as few requests as the
 * columns allow. Which interfaces are ports: with a vendor port table, its rows (and link
 * aggregates); otherwise Ethernet and aggregate interfaces by ifType, settled by name or by
 * bridge membership where Cisco-style propVirtual leaves it open; an Ethernet interface named as a
 * management port is left out unless it is a bridge port. switch.ports=all keeps every interface.
 */
final class Survey {
    /** A port: its ifIndex, ifDescr, and its index in the vendor's port table if it has one. */
    record SwitchPort(int ifIndex, String descr, OID portTableIndex) {
        String identity() {
            return Integer.toString(ifIndex);
        }
    }

    private final SnmpTable table;
    private final List<SwitchPort> ports;
    private final int interfaces;

    private Survey(SnmpTable table, List<SwitchPort> ports, int interfaces) {
        this.table = table;
        this.ports = ports;
        this.interfaces = interfaces;
    }

    static Survey read(SnmpClient snmp, SwitchIdentity id, SwitchSettings.Ports which, List<OID> ifColumns,
                       List<OID> portTableColumns, Trace trace) throws HandlerException {
        PortTable pt = id.profile().portTable();
        List<OID> columns = new ArrayList<>();
        columns.add(IfMib.IF_DESCR);
        columns.addAll(ifColumns);
        if (pt != null) {
            columns.add(pt.ifIndexColumn());
            columns.addAll(portTableColumns);
        } else {
            columns.add(IfMib.IF_TYPE);
        }
        SnmpTable t = snmp.walk(columns);
        List<OID> byIfIndex = new ArrayList<>(ifColumns);
        byIfIndex.add(IfMib.IF_DESCR);
        if (pt == null) {
            byIfIndex.add(IfMib.IF_TYPE);
        }
        Set<Integer> all = new TreeSet<>();
        for (OID c : byIfIndex) {
            for (OID i : t.column(c).keySet()) {
                Integer ifIndex = SnmpValues.singleIndex(i);
                if (ifIndex != null) {
                    all.add(ifIndex);
                }
            }
        }
        if (all.isEmpty()) {
            throw HandlerException.badData("the switch at " + snmp.address() + " answers SNMP but lists no interfaces"
                    + " (IF-MIB ifTable is empty, or not visible to this community or user)");
        }
        Map<Integer, OID> portIndex = new HashMap<>();
        if (pt != null) {
            t.column(pt.ifIndexColumn()).forEach((idx, v) -> {
                Integer ifIndex = SnmpValues.asInt(v);
                if (ifIndex != null) {
                    portIndex.put(ifIndex, idx);
                }
            });
        }
        List<SwitchPort> ports = new ArrayList<>();
        List<SwitchPort> undecided = new ArrayList<>();
        for (int ifIndex : all) {
            OID ix = new OID(new int[] {ifIndex});
            String descr = SnmpValues.asText(t.get(IfMib.IF_DESCR, ix));
            SwitchPort p = new SwitchPort(ifIndex, descr, portIndex.get(ifIndex));
            if (which == SwitchSettings.Ports.ALL) {
                ports.add(p);
                continue;
            }
            PortKind kind;
            if (pt != null) {
                kind = portIndex.containsKey(ifIndex) || PortKind.ofName(descr) == PortKind.PORT
                        ? PortKind.PORT : PortKind.NOT_A_PORT;
                if (kind == PortKind.NOT_A_PORT && PortKind.isManagementName(descr)) {
                    trace.line("interface " + ifIndex + " (" + descr + ") is the switch's management port, not in "
                            + pt.mib() + ": left out");
                }
            } else {
                kind = PortKind.of(SnmpValues.asInt(t.get(IfMib.IF_TYPE, ix)), descr);
            }
            switch (kind) {
                case PORT -> ports.add(p);
                case ASK_BRIDGE, MANAGEMENT -> undecided.add(p);
                default -> {
                }
            }
        }
        if (!undecided.isEmpty()) {
            Set<Integer> bridged = bridgePortIfIndexes(snmp);
            for (SwitchPort p : undecided) {
                if (bridged.contains(p.ifIndex())) {
                    ports.add(p);
                } else if (PortKind.isManagementName(p.descr())) {
                    trace.line("interface " + p.ifIndex() + " (" + p.descr() + ") is the switch's management port"
                            + " (a management name, outside the bridge): left out");
                } else {
                    trace.line("interface " + p.ifIndex() + " (" + p.descr() + ") is virtual and no bridge port: left out");
                }
            }
            ports.sort(java.util.Comparator.comparingInt(SwitchPort::ifIndex));
        }
        trace.line(ports.size() + " of " + all.size() + " interfaces are ports (" + (pt != null ? pt.mib() : "IF-MIB ifType")
                + ", switch.ports=" + which.name().toLowerCase(java.util.Locale.ROOT) + ")");
        return new Survey(t, ports, all.size());
    }

    static Set<Integer> bridgePortIfIndexes(SnmpClient snmp) throws HandlerException {
        Set<Integer> s = new HashSet<>();
        for (Variable v : snmp.walk(List.of(BridgeMib.DOT1D_BASE_PORT_IF_INDEX))
                .column(BridgeMib.DOT1D_BASE_PORT_IF_INDEX).values()) {
            Integer i = SnmpValues.asInt(v);
            if (i != null) {
                s.add(i);
            }
        }
        return s;
    }

    List<SwitchPort> ports() {
        return ports;
    }

    int interfaces() {
        return interfaces;
    }

    /**
     * The same ports with further ifIndex-indexed columns: only those columns are walked, the ports
     * are not surveyed again.
     */
    Survey with(SnmpClient snmp, List<OID> ifColumns) throws HandlerException {
        return new Survey(snmp.walk(ifColumns), ports, interfaces);
    }

    /** A column indexed by ifIndex, at this port. */
    Variable ifValue(OID column, SwitchPort p) {
        return table.get(column, new OID(new int[] {p.ifIndex()}));
    }

    /** A column of the vendor port table, at this port; null if the port has no row there. */
    Variable portTableValue(OID column, SwitchPort p) {
        return p.portTableIndex() == null ? null : table.get(column, p.portTableIndex());
    }
}
