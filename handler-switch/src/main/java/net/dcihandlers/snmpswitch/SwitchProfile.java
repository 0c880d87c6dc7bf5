package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.Speed;
import org.snmp4j.smi.OID;

import java.util.List;
import java.util.Map;

/**
 * How a family of switches exposes what dci-switch needs. A profile is data: it applies when the
 * switch's sysObjectID lies under one of its prefixes (none: any switch) and, if it names a probe
 * column, the switch has at least one row in it. The first profile that applies is used.
 *
 * @param name      for traces and messages
 * @param sysObjectIdPrefixes enterprise subtrees the profile is for; empty for any switch
 * @param probe     a column the switch must have, or null
 * @param probeObject the probe column's MIB name, for traces
 * @param portTable the vendor's table of physical ports with speed and duplex, or null for IF-MIB's
 * @param vlans     which VLAN objects set_vlan writes
 * @param fdb       where mac_list finds the learned MAC addresses
 */
record SwitchProfile(String name, List<OID> sysObjectIdPrefixes, OID probe, String probeObject, PortTable portTable,
                     VlanModel vlans, FdbModel fdb) {

    /**
     * A vendor table of the physical ports: a column mapping its index to ifIndex, and speed and
     * duplex columns with their values. Ports are the rows of this table (and link aggregates).
     */
    record PortTable(String mib, OID ifIndexColumn, OID speedColumn, OID duplexColumn, Map<Integer, Speed> speeds,
                     Map<Integer, Duplex> duplexes) {

        Integer speedValue(Speed s) {
            return speeds.entrySet().stream().filter(e -> e.getValue() == s).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        Integer duplexValue(Duplex d) {
            return duplexes.entrySet().stream().filter(e -> e.getValue() == d).map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    /** The VLAN objects a switch family uses. */
    enum VlanModel {
        /** CISCO-VLAN-MEMBERSHIP-MIB vmVlan for access ports, CISCO-VTP-MIB vlanTrunkPortTable for trunks. */
        CISCO_VTP,
        /** Q-BRIDGE-MIB dot1qPvid and the static egress / untagged port lists. */
        Q_BRIDGE,
        /** No writable VLAN objects known. */
        NONE
    }

    /** Where the learned MAC addresses are. */
    enum FdbModel {
        /** One BRIDGE-MIB instance per VLAN (Cisco IOS): community@vlan, or the SNMPv3 context vlan-N. */
        BRIDGE_PER_VLAN,
        /** Q-BRIDGE-MIB dot1qTpFdbTable, and BRIDGE-MIB dot1dTpFdbTable where that is all there is. */
        Q_BRIDGE_OR_BRIDGE
    }

    boolean appliesTo(OID sysObjectId, Map<OID, Boolean> probes) {
        boolean vendor = sysObjectIdPrefixes.isEmpty()
                || sysObjectId != null && sysObjectIdPrefixes.stream().anyMatch(sysObjectId::startsWith);
        return vendor && (probe == null || probes.getOrDefault(probe, false));
    }
}
