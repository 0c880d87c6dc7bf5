package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

/** IF-MIB, SNMPv2-MIB and EtherLike-MIB objects the switch handler reads, named as in their MIBs. */
final class IfMib {
    private IfMib() {
    }

    // SNMPv2-MIB

    // IF-MIB ifTable, indexed by ifIndex
    static final OID IF_DESCR = SnmpObjects.required("ifDescr", "1.3.6.1.2.1.2.2.1.2", Syntax.OCTET_STRING);
    static final OID IF_TYPE = SnmpObjects.required("ifType", "1.3.6.1.2.1.2.2.1.3", Syntax.INTEGER);
    static final OID IF_ADMIN_STATUS = SnmpObjects.required("ifAdminStatus", "1.3.6.1.2.1.2.2.1.7", Syntax.INTEGER);
    static final OID IF_OPER_STATUS = SnmpObjects.required("ifOperStatus", "1.3.6.1.2.1.2.2.1.8", Syntax.INTEGER);
    static final OID IF_IN_OCTETS = SnmpObjects.required("ifInOctets", "1.3.6.1.2.1.2.2.1.10", Syntax.COUNTER32);
    static final OID IF_IN_UCAST_PKTS = SnmpObjects.required("ifInUcastPkts", "1.3.6.1.2.1.2.2.1.11", Syntax.COUNTER32);
    static final OID IF_IN_NUCAST_PKTS = SnmpObjects.optional("ifInNUcastPkts", "1.3.6.1.2.1.2.2.1.12", Syntax.COUNTER32);
    static final OID IF_OUT_OCTETS = SnmpObjects.required("ifOutOctets", "1.3.6.1.2.1.2.2.1.16", Syntax.COUNTER32);
    static final OID IF_OUT_UCAST_PKTS = SnmpObjects.required("ifOutUcastPkts", "1.3.6.1.2.1.2.2.1.17", Syntax.COUNTER32);
    static final OID IF_OUT_NUCAST_PKTS = SnmpObjects.optional("ifOutNUcastPkts", "1.3.6.1.2.1.2.2.1.18", Syntax.COUNTER32);

    // IF-MIB ifXTable
    static final OID IF_IN_MULTICAST_PKTS = SnmpObjects.optional("ifInMulticastPkts", "1.3.6.1.2.1.31.1.1.1.2", Syntax.COUNTER32);
    static final OID IF_IN_BROADCAST_PKTS = SnmpObjects.optional("ifInBroadcastPkts", "1.3.6.1.2.1.31.1.1.1.3", Syntax.COUNTER32);
    static final OID IF_OUT_MULTICAST_PKTS = SnmpObjects.optional("ifOutMulticastPkts", "1.3.6.1.2.1.31.1.1.1.4", Syntax.COUNTER32);
    static final OID IF_OUT_BROADCAST_PKTS = SnmpObjects.optional("ifOutBroadcastPkts", "1.3.6.1.2.1.31.1.1.1.5", Syntax.COUNTER32);
    static final OID IF_HC_IN_OCTETS = SnmpObjects.optional("ifHCInOctets", "1.3.6.1.2.1.31.1.1.1.6", Syntax.COUNTER64);
    static final OID IF_HC_IN_UCAST_PKTS = SnmpObjects.optional("ifHCInUcastPkts", "1.3.6.1.2.1.31.1.1.1.7", Syntax.COUNTER64);
    static final OID IF_HC_IN_MULTICAST_PKTS = SnmpObjects.optional("ifHCInMulticastPkts", "1.3.6.1.2.1.31.1.1.1.8", Syntax.COUNTER64);
    static final OID IF_HC_IN_BROADCAST_PKTS = SnmpObjects.optional("ifHCInBroadcastPkts", "1.3.6.1.2.1.31.1.1.1.9", Syntax.COUNTER64);
    static final OID IF_HC_OUT_OCTETS = SnmpObjects.optional("ifHCOutOctets", "1.3.6.1.2.1.31.1.1.1.10", Syntax.COUNTER64);
    static final OID IF_HC_OUT_UCAST_PKTS = SnmpObjects.optional("ifHCOutUcastPkts", "1.3.6.1.2.1.31.1.1.1.11", Syntax.COUNTER64);
    static final OID IF_HC_OUT_MULTICAST_PKTS = SnmpObjects.optional("ifHCOutMulticastPkts", "1.3.6.1.2.1.31.1.1.1.12", Syntax.COUNTER64);
    static final OID IF_HC_OUT_BROADCAST_PKTS = SnmpObjects.optional("ifHCOutBroadcastPkts", "1.3.6.1.2.1.31.1.1.1.13", Syntax.COUNTER64);
    static final OID IF_HIGH_SPEED = SnmpObjects.optional("ifHighSpeed", "1.3.6.1.2.1.31.1.1.1.15", Syntax.GAUGE32);

    // EtherLike-MIB dot3StatsTable, indexed by ifIndex: 1 unknown, 2 halfDuplex, 3 fullDuplex
    static final OID DOT3_STATS_DUPLEX_STATUS = SnmpObjects.optional("dot3StatsDuplexStatus", "1.3.6.1.2.1.10.7.2.1.19", Syntax.INTEGER);

    /** ifAdminStatus / ifOperStatus values. */
    static final int UP = 1;
    static final int DOWN = 2;
}
