package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.snmpswitch.Survey.SwitchPort;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * mac_list: every MAC address the switch has learned, on the port it was learned on. The
 * forwarding database gives MAC -> bridge port, dot1dBasePortIfIndex bridge port -> ifIndex.
 * Only entries with status learned count: the switch's own addresses and management entries are
 * not servers.
 */
final class MacList {
    private MacList() {
    }

    /** VLANs 1002-1005 are the FDDI and Token Ring defaults every Cisco switch lists; they carry no servers. */
    static final int FIRST_LEGACY_VLAN = 1002;
    static final int LAST_LEGACY_VLAN = 1005;

    static Response macList(Call call) throws HandlerException {
        SwitchSettings.Ports which = SwitchFunctions.ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            SwitchIdentity id = SwitchIdentity.read(call, snmp);
            Survey survey = Survey.read(snmp, id, which, List.of(), List.of(), call.trace());
            Map<Integer, SortedSet<String>> macs = new HashMap<>();
            if (id.profile().fdb() == SwitchProfile.FdbModel.BRIDGE_PER_VLAN) {
                for (int vlan : CiscoVlans.VtpVlans.read(snmp).names().keySet()) {
                    if (vlan >= FIRST_LEGACY_VLAN && vlan <= LAST_LEGACY_VLAN) {
                        continue;
                    }
                    snmp.vlanInstance(vlan);
                    try {
                        collect(snmp, false, macs, call.trace(), "VLAN " + vlan);
                    } catch (HandlerException e) {
                        if (e.type() != net.dcihandlers.core.protocol.ErrorType.CONNECTION) {
                            throw e;
                        }
                        throw HandlerException.connection("the switch at " + snmp.address() + " does not answer for"
                                + " VLAN " + vlan + "'s bridge instance (" + (snmp.version()
                                == net.dcihandlers.core.snmp.SnmpVersion.V3 ? "SNMPv3 context vlan-" + vlan
                                : "community@" + vlan) + "): its MAC table cannot be read; " + e.getMessage());
                    }
                }
                snmp.vlanInstance(null);
            } else {
                collect(snmp, true, macs, call.trace(), "bridge");
            }
            Response response = new Response();
            for (SwitchPort p : survey.ports()) {
                Port port = new Port(p.identity());
                macs.getOrDefault(p.ifIndex(), new TreeSet<>()).forEach(port::addMac);
                response.add(port);
            }
            call.trace().line("mac_list: " + macs.values().stream().mapToInt(SortedSet::size).sum() + " MACs in "
                    + snmp.requests() + " requests");
            return response;
        }
    }

    /**
     * Reads one bridge instance's forwarding database and adds its learned MACs by ifIndex. With
     * Q-BRIDGE, dot1qTpFdbTable (index fdbId.MAC) is used where it has entries, else dot1dTpFdbTable.
     */
    private static void collect(SnmpClient snmp, boolean qBridge, Map<Integer, SortedSet<String>> macs, Trace trace,
                                String where) throws HandlerException {
        List<OID> columns = qBridge
                ? List.of(BridgeMib.DOT1Q_TP_FDB_PORT, BridgeMib.DOT1Q_TP_FDB_STATUS, BridgeMib.DOT1D_TP_FDB_PORT,
                BridgeMib.DOT1D_TP_FDB_STATUS, BridgeMib.DOT1D_BASE_PORT_IF_INDEX)
                : List.of(BridgeMib.DOT1D_TP_FDB_PORT, BridgeMib.DOT1D_TP_FDB_STATUS, BridgeMib.DOT1D_BASE_PORT_IF_INDEX);
        SnmpTable t = snmp.walk(columns);
        Map<Integer, Integer> ifIndexOf = new TreeMap<>();
        t.column(BridgeMib.DOT1D_BASE_PORT_IF_INDEX).forEach((idx, v) -> {
            Integer bp = SnmpValues.singleIndex(idx);
            Integer ifIndex = SnmpValues.asInt(v);
            if (bp != null && ifIndex != null) {
                ifIndexOf.put(bp, ifIndex);
            }
        });
        boolean useQ = qBridge && !t.column(BridgeMib.DOT1Q_TP_FDB_PORT).isEmpty();
        OID portColumn = useQ ? BridgeMib.DOT1Q_TP_FDB_PORT : BridgeMib.DOT1D_TP_FDB_PORT;
        OID statusColumn = useQ ? BridgeMib.DOT1Q_TP_FDB_STATUS : BridgeMib.DOT1D_TP_FDB_STATUS;
        int learned = 0;
        for (Map.Entry<OID, Variable> e : t.column(portColumn).entrySet()) {
            OID index = e.getKey();
            if (index.size() < 6) {
                continue;
            }
            Integer status = SnmpValues.asInt(t.get(statusColumn, index));
            if (status != null && status != BridgeMib.FDB_LEARNED) {
                continue;
            }
            Integer bp = SnmpValues.asInt(e.getValue());
            Integer ifIndex = bp == null ? null : ifIndexOf.get(bp);
            if (ifIndex == null) {
                trace.line(where + ": MAC " + mac(index) + " on bridge port " + bp + ", which maps to no interface");
                continue;
            }
            macs.computeIfAbsent(ifIndex, k -> new TreeSet<>()).add(mac(index));
            learned++;
        }
        trace.line(where + ": " + learned + " learned MACs (" + (useQ ? "dot1qTpFdbTable" : "dot1dTpFdbTable") + ")");
    }

    /** The MAC in an FDB index: its last six sub-identifiers, as 1A:2B:3C:4D:5E:6F. */
    static String mac(OID index) {
        StringBuilder b = new StringBuilder(17);
        for (int i = index.size() - 6; i < index.size(); i++) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(String.format("%02X", index.get(i) & 0xff));
        }
        return b.toString();
    }
}
