package net.dcihandlers.snmpswitch;

import org.snmp4j.smi.OID;

/** CISCO-STACK-MIB, CISCO-VLAN-MEMBERSHIP-MIB and CISCO-VTP-MIB objects, named as in their MIBs. */
final class CiscoMib {
    private CiscoMib() {
    }

    /** Cisco's enterprise: sysObjectIDs under it are Cisco devices. */
    static final OID ENTERPRISE = new OID("1.3.6.1.4.1.9");

    // CISCO-STACK-MIB portTable, index module.port
    static final OID PORT_ADMIN_SPEED = new OID("1.3.6.1.4.1.9.5.1.4.1.1.9");
    static final OID PORT_DUPLEX = new OID("1.3.6.1.4.1.9.5.1.4.1.1.10");
    static final OID PORT_IF_INDEX = new OID("1.3.6.1.4.1.9.5.1.4.1.1.11");

    // CISCO-VLAN-MEMBERSHIP-MIB vmMembershipTable, index ifIndex: the access VLAN; read-write
    static final OID VM_VLAN = new OID("1.3.6.1.4.1.9.9.68.1.2.2.1.2");

    // CISCO-VTP-MIB vtpVlanTable, index managementDomainIndex.vlan
    static final OID VTP_VLAN_STATE = new OID("1.3.6.1.4.1.9.9.46.1.3.1.1.2");
    static final OID VTP_VLAN_NAME = new OID("1.3.6.1.4.1.9.9.46.1.3.1.1.4");

    // CISCO-VTP-MIB vlanTrunkPortTable, index ifIndex
    static final OID VLAN_TRUNK_PORT_ENCAPSULATION_TYPE = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.3");
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.4");
    static final OID VLAN_TRUNK_PORT_NATIVE_VLAN = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.5");
    static final OID VLAN_TRUNK_PORT_DYNAMIC_STATE = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.13");
    static final OID VLAN_TRUNK_PORT_DYNAMIC_STATUS = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.14");
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_2K = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.17");
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_3K = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.18");
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_4K = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.19");

    /** vtpVlanState operational. */
    static final int VLAN_OPERATIONAL = 1;
    /** vlanTrunkPortDynamicState on / off. */
    static final int TRUNK_ON = 1;
    static final int TRUNK_OFF = 2;
    /** vlanTrunkPortEncapsulationType dot1Q. */
    static final int ENCAPSULATION_DOT1Q = 4;
}
