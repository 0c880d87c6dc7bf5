package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.snmp.SnmpDump;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.profile.ProfileSet;
import org.snmp4j.smi.OID;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code dci-switch --dump} records besides the system group: every table the switch's
 * profiles declare, and those its code reads whatever the profile (IF-MIB, the bridge tables, the
 * Cisco VLAN tables), whole, each named by one of its columns.
 */
final class DumpTree {
    private DumpTree() {
    }

    static List<OID> subtrees(Config config, Trace trace) throws HandlerException {
        List<OID> all = new ArrayList<>(ProfileSet.load(Profiles.HANDLER, Profiles.class, config, trace).subtrees());
        Stream.of(
                        // IF-MIB ifTable and ifXTable, EtherLike-MIB dot3StatsTable
                        IfMib.IF_DESCR, IfMib.IF_HIGH_SPEED, IfMib.DOT3_STATS_DUPLEX_STATUS,
                        // BRIDGE-MIB dot1dBasePortTable, dot1dTpFdbTable
                        BridgeMib.DOT1D_BASE_PORT_IF_INDEX, BridgeMib.DOT1D_TP_FDB_PORT,
                        // Q-BRIDGE-MIB dot1qTpFdbTable, dot1qVlanStaticTable, dot1qPortVlanTable
                        BridgeMib.DOT1Q_TP_FDB_PORT, BridgeMib.DOT1Q_VLAN_STATIC_NAME, BridgeMib.DOT1Q_PVID,
                        // CISCO-VLAN-MEMBERSHIP-MIB vmMembershipTable, CISCO-VTP-MIB vtpVlanTable,
                        // vlanTrunkPortTable, vtpEditControlTable
                        CiscoMib.VM_VLAN, CiscoMib.VTP_VLAN_STATE, CiscoMib.VLAN_TRUNK_PORT_NATIVE_VLAN,
                        CiscoVlans.VTP_VLAN_EDIT_OPERATION)
                .map(SnmpDump::tableOf).forEach(all::add);
        return all;
    }
}
