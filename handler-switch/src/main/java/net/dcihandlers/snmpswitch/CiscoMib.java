package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

/**
 * The CISCO-VLAN-MEMBERSHIP-MIB and CISCO-VTP-MIB objects set_vlan and mac_list use, named as in
 * their MIBs; those that choose a profile are in the profile file (profiles/dci-switch/cisco.profile).
 */
final class CiscoMib {
    private CiscoMib() {
    }

    // CISCO-VLAN-MEMBERSHIP-MIB vmMembershipTable, index ifIndex: the access VLAN; read-write
    static final OID VM_VLAN = SnmpObjects.required("vmVlan", "1.3.6.1.4.1.9.9.68.1.2.2.1.2", Syntax.INTEGER);

    // CISCO-VTP-MIB vtpVlanTable, index managementDomainIndex.vlan
    static final OID VTP_VLAN_STATE = SnmpObjects.required("vtpVlanState", "1.3.6.1.4.1.9.9.46.1.3.1.1.2", Syntax.INTEGER);
    static final OID VTP_VLAN_NAME = SnmpObjects.optional("vtpVlanName", "1.3.6.1.4.1.9.9.46.1.3.1.1.4", Syntax.OCTET_STRING);

    // CISCO-VTP-MIB vlanTrunkPortTable, index ifIndex
    static final OID VLAN_TRUNK_PORT_ENCAPSULATION_TYPE = SnmpObjects.required("vlanTrunkPortEncapsulationType", "1.3.6.1.4.1.9.9.46.1.6.1.1.3", Syntax.INTEGER);
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED = SnmpObjects.required("vlanTrunkPortVlansEnabled", "1.3.6.1.4.1.9.9.46.1.6.1.1.4", Syntax.OCTET_STRING);
    static final OID VLAN_TRUNK_PORT_NATIVE_VLAN = SnmpObjects.required("vlanTrunkPortNativeVlan", "1.3.6.1.4.1.9.9.46.1.6.1.1.5", Syntax.INTEGER);
    static final OID VLAN_TRUNK_PORT_DYNAMIC_STATE = SnmpObjects.required("vlanTrunkPortDynamicState", "1.3.6.1.4.1.9.9.46.1.6.1.1.13", Syntax.INTEGER);
    static final OID VLAN_TRUNK_PORT_DYNAMIC_STATUS = SnmpObjects.required("vlanTrunkPortDynamicStatus", "1.3.6.1.4.1.9.9.46.1.6.1.1.14", Syntax.INTEGER);
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_2K = SnmpObjects.required("vlanTrunkPortVlansEnabled2k", "1.3.6.1.4.1.9.9.46.1.6.1.1.17", Syntax.OCTET_STRING);
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_3K = SnmpObjects.required("vlanTrunkPortVlansEnabled3k", "1.3.6.1.4.1.9.9.46.1.6.1.1.18", Syntax.OCTET_STRING);
    static final OID VLAN_TRUNK_PORT_VLANS_ENABLED_4K = SnmpObjects.required("vlanTrunkPortVlansEnabled4k", "1.3.6.1.4.1.9.9.46.1.6.1.1.19", Syntax.OCTET_STRING);

    /** vtpVlanState operational. */
    static final int VLAN_OPERATIONAL = 1;
    /** vlanTrunkPortDynamicState on / off. */
    static final int TRUNK_ON = 1;
    static final int TRUNK_OFF = 2;
    /** vlanTrunkPortEncapsulationType dot1Q. */
    static final int ENCAPSULATION_DOT1Q = 4;
}
