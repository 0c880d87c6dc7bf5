package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
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
    static final OID BAT_TIME_REMAINING = SnmpObjects.optional("xupsBatTimeRemaining", "1.3.6.1.4.1.534.1.2.1.0", Syntax.INTEGER);
    /** xupsInputNumPhases: rows of xupsInputTable. */
    static final OID INPUT_NUM_PHASES = SnmpObjects.optional("xupsInputNumPhases", "1.3.6.1.4.1.534.1.3.3.0", Syntax.INTEGER);
    /** xupsInputVoltage, column of xupsInputTable: RMS volts. */
    static final OID INPUT_VOLTAGE = SnmpObjects.optional("xupsInputVoltage", "1.3.6.1.4.1.534.1.3.4.1.2", Syntax.INTEGER);
    /** xupsInputWatts, column of xupsInputTable: watts. */
    static final OID INPUT_WATTS = SnmpObjects.optional("xupsInputWatts", "1.3.6.1.4.1.534.1.3.4.1.4", Syntax.INTEGER);
    /** xupsOutputLoad: the UPS's output load, percent of its capacity, for the whole UPS. */
    static final OID OUTPUT_LOAD = SnmpObjects.optional("xupsOutputLoad", "1.3.6.1.4.1.534.1.4.1.0", Syntax.INTEGER);
    /** xupsOutputNumPhases: rows of xupsOutputTable. */
    static final OID OUTPUT_NUM_PHASES = SnmpObjects.optional("xupsOutputNumPhases", "1.3.6.1.4.1.534.1.4.3.0", Syntax.INTEGER);
    /** xupsOutputWatts, column of xupsOutputTable: watts. */
    static final OID OUTPUT_WATTS = SnmpObjects.optional("xupsOutputWatts", "1.3.6.1.4.1.534.1.4.4.1.4", Syntax.INTEGER);
}
