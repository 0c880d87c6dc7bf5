package net.dcihandlers.snmpswitch;

import org.snmp4j.smi.OID;

/** BRIDGE-MIB (RFC 4188) and Q-BRIDGE-MIB (RFC 4363) objects, named as in their MIBs. */
final class BridgeMib {
    private BridgeMib() {
    }

    /** dot1dBasePortIfIndex: bridge port -> ifIndex. */
    static final OID DOT1D_BASE_PORT_IF_INDEX = new OID("1.3.6.1.2.1.17.1.4.1.2");
    /** dot1dTpFdbPort: index MAC (6 sub-ids) -> bridge port. */
    static final OID DOT1D_TP_FDB_PORT = new OID("1.3.6.1.2.1.17.4.3.1.2");
    /** dot1dTpFdbStatus: 3 learned, 4 self, 5 mgmt. */
    static final OID DOT1D_TP_FDB_STATUS = new OID("1.3.6.1.2.1.17.4.3.1.3");
    /** dot1qTpFdbPort: index fdbId.MAC -> bridge port. */
    static final OID DOT1Q_TP_FDB_PORT = new OID("1.3.6.1.2.1.17.7.1.2.2.1.2");
    /** dot1qTpFdbStatus: as dot1dTpFdbStatus. */
    static final OID DOT1Q_TP_FDB_STATUS = new OID("1.3.6.1.2.1.17.7.1.2.2.1.3");
    /** dot1qPvid: bridge port -> untagged (access or native) VLAN; read-write. */
    static final OID DOT1Q_PVID = new OID("1.3.6.1.2.1.17.7.1.4.5.1.1");
    /** dot1qVlanStaticName: VLAN id -> name; read-create. */
    static final OID DOT1Q_VLAN_STATIC_NAME = new OID("1.3.6.1.2.1.17.7.1.4.3.1.1");
    /** dot1qVlanStaticEgressPorts: VLAN id -> PortList of member bridge ports. */
    static final OID DOT1Q_VLAN_STATIC_EGRESS_PORTS = new OID("1.3.6.1.2.1.17.7.1.4.3.1.2");
    /** dot1qVlanStaticUntaggedPorts: VLAN id -> PortList of untagged member bridge ports. */
    static final OID DOT1Q_VLAN_STATIC_UNTAGGED_PORTS = new OID("1.3.6.1.2.1.17.7.1.4.3.1.4");
    /** dot1qVlanStaticRowStatus: VLAN id -> 1 active. */
    static final OID DOT1Q_VLAN_STATIC_ROW_STATUS = new OID("1.3.6.1.2.1.17.7.1.4.3.1.5");

    static final int FDB_LEARNED = 3;
}
