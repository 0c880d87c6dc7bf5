package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

/** BRIDGE-MIB (RFC 4188) and Q-BRIDGE-MIB (RFC 4363) objects, named as in their MIBs. */
final class BridgeMib {
    private BridgeMib() {
    }

    /** dot1dBasePortIfIndex: bridge port -> ifIndex. */
    static final OID DOT1D_BASE_PORT_IF_INDEX = SnmpObjects.required("dot1dBasePortIfIndex", "1.3.6.1.2.1.17.1.4.1.2", Syntax.INTEGER);
    /** dot1dTpFdbPort: index MAC (6 sub-ids) -> bridge port. */
    static final OID DOT1D_TP_FDB_PORT = SnmpObjects.required("dot1dTpFdbPort", "1.3.6.1.2.1.17.4.3.1.2", Syntax.INTEGER);
    /** dot1dTpFdbStatus: 3 learned, 4 self, 5 mgmt. */
    static final OID DOT1D_TP_FDB_STATUS = SnmpObjects.optional("dot1dTpFdbStatus", "1.3.6.1.2.1.17.4.3.1.3", Syntax.INTEGER);
    /** dot1qTpFdbPort: index fdbId.MAC -> bridge port. */
    static final OID DOT1Q_TP_FDB_PORT = SnmpObjects.required("dot1qTpFdbPort", "1.3.6.1.2.1.17.7.1.2.2.1.2", Syntax.INTEGER);
    /** dot1qTpFdbStatus: as dot1dTpFdbStatus. */
    static final OID DOT1Q_TP_FDB_STATUS = SnmpObjects.optional("dot1qTpFdbStatus", "1.3.6.1.2.1.17.7.1.2.2.1.3", Syntax.INTEGER);
    /** dot1qPvid: bridge port -> untagged (access or native) VLAN; read-write. */
    static final OID DOT1Q_PVID = SnmpObjects.required("dot1qPvid", "1.3.6.1.2.1.17.7.1.4.5.1.1", Syntax.UNSIGNED32);
    /** dot1qVlanStaticName: VLAN id -> name; read-create. */
    static final OID DOT1Q_VLAN_STATIC_NAME = SnmpObjects.optional("dot1qVlanStaticName", "1.3.6.1.2.1.17.7.1.4.3.1.1", Syntax.OCTET_STRING);
    /** dot1qVlanStaticEgressPorts: VLAN id -> PortList of member bridge ports. */
    static final OID DOT1Q_VLAN_STATIC_EGRESS_PORTS = SnmpObjects.required("dot1qVlanStaticEgressPorts", "1.3.6.1.2.1.17.7.1.4.3.1.2", Syntax.OCTET_STRING);
    /** dot1qVlanStaticUntaggedPorts: VLAN id -> PortList of untagged member bridge ports. */
    static final OID DOT1Q_VLAN_STATIC_UNTAGGED_PORTS = SnmpObjects.required("dot1qVlanStaticUntaggedPorts", "1.3.6.1.2.1.17.7.1.4.3.1.4", Syntax.OCTET_STRING);
    /** dot1qVlanStaticRowStatus: VLAN id -> 1 active. */
    static final OID DOT1Q_VLAN_STATIC_ROW_STATUS = SnmpObjects.required("dot1qVlanStaticRowStatus", "1.3.6.1.2.1.17.7.1.4.3.1.5", Syntax.INTEGER);

    static final int FDB_LEARNED = 3;
}
