package net.dcihandlers.ups;

import org.snmp4j.smi.OID;

/**
 * Eaton's (formerly Powerware's) XUPS-MIB, under 1.3.6.1.4.1.534.1, which Eaton network cards and
 * the Power Xpert gateway serve beside the UPS-MIB: the whole-UPS figures and per-phase tables that
 * Network UPS Tools' Eaton mappings read (drivers/powerware-mib.c, eaton-ups-pxg-mib.c). Tables are
 * indexed by phase number.
 */
final class XupsMib {
    private XupsMib() {
    }

    /** xupsBatTimeRemaining: seconds of battery time left. */
    static final OID BAT_TIME_REMAINING = new OID("1.3.6.1.4.1.534.1.2.1.0");
    /** xupsInputNumPhases: rows of xupsInputTable. */
    static final OID INPUT_NUM_PHASES = new OID("1.3.6.1.4.1.534.1.3.3.0");
    /** xupsInputVoltage, column of xupsInputTable: RMS volts. */
    static final OID INPUT_VOLTAGE = new OID("1.3.6.1.4.1.534.1.3.4.1.2");
    /** xupsInputWatts, column of xupsInputTable: watts. */
    static final OID INPUT_WATTS = new OID("1.3.6.1.4.1.534.1.3.4.1.4");
    /** xupsOutputLoad: the UPS's output load, percent of its capacity, for the whole UPS. */
    static final OID OUTPUT_LOAD = new OID("1.3.6.1.4.1.534.1.4.1.0");
    /** xupsOutputNumPhases: rows of xupsOutputTable. */
    static final OID OUTPUT_NUM_PHASES = new OID("1.3.6.1.4.1.534.1.4.3.0");
    /** xupsOutputWatts, column of xupsOutputTable: watts. */
    static final OID OUTPUT_WATTS = new OID("1.3.6.1.4.1.534.1.4.4.1.4");
}
