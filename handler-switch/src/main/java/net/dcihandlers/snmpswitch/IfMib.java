package net.dcihandlers.snmpswitch;

import org.snmp4j.smi.OID;

/** IF-MIB, SNMPv2-MIB and EtherLike-MIB objects the switch handler reads, named as in their MIBs. */
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
    static final OID IF_IN_OCTETS = new OID("1.3.6.1.2.1.2.2.1.10");
    static final OID IF_IN_UCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.11");
    static final OID IF_IN_NUCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.12");
    static final OID IF_OUT_OCTETS = new OID("1.3.6.1.2.1.2.2.1.16");
    static final OID IF_OUT_UCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.17");
    static final OID IF_OUT_NUCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.18");

    // IF-MIB ifXTable
    static final OID IF_IN_MULTICAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.2");
    static final OID IF_IN_BROADCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.3");
    static final OID IF_OUT_MULTICAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.4");
    static final OID IF_OUT_BROADCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.5");
    static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    static final OID IF_HC_IN_UCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.7");
    static final OID IF_HC_IN_MULTICAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.8");
    static final OID IF_HC_IN_BROADCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.9");
    static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    static final OID IF_HC_OUT_UCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.11");
    static final OID IF_HC_OUT_MULTICAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.12");
    static final OID IF_HC_OUT_BROADCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.13");
    static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");

    // EtherLike-MIB dot3StatsTable, indexed by ifIndex: 1 unknown, 2 halfDuplex, 3 fullDuplex
    static final OID DOT3_STATS_DUPLEX_STATUS = new OID("1.3.6.1.2.1.10.7.2.1.19");

    /** ifAdminStatus / ifOperStatus values. */
    static final int UP = 1;
    static final int DOWN = 2;
}
