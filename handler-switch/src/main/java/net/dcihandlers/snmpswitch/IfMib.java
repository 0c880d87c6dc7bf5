package net.dcihandlers.snmpswitch;

import org.snmp4j.smi.OID;

/** The MIB objects the switch handler reads, named as in their MIBs. */
final class IfMib {
    private IfMib() {
    }

    // SNMPv2-MIB
    static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");

    // IF-MIB ifTable, indexed by ifIndex
    static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    static final OID IF_TYPE = new OID("1.3.6.1.2.1.2.2.1.3");
    static final OID IF_ADMIN_STATUS = new OID("1.3.6.1.2.1.2.2.1.7");
    static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");

    // BRIDGE-MIB: bridge port -> ifIndex
    static final OID DOT1D_BASE_PORT_IF_INDEX = new OID("1.3.6.1.2.1.17.1.4.1.2");

    /** ifAdminStatus / ifOperStatus values. */
    static final int UP = 1;
    static final int DOWN = 2;
}
