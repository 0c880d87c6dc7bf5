package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

/** The RFC 1628 UPS-MIB objects dci-ups reads; all lie under upsObjects 1.3.6.1.2.1.33.1. */
final class UpsMib {
    private UpsMib() {
    }

    /** upsBatteryStatus: 1 unknown, 2 batteryNormal, 3 batteryLow, 4 batteryDepleted. */
    static final OID BATTERY_STATUS = SnmpObjects.required("upsBatteryStatus", "1.3.6.1.2.1.33.1.2.1.0", Syntax.INTEGER);
    /** upsEstimatedMinutesRemaining, minutes. */
    static final OID ESTIMATED_MINUTES_REMAINING = SnmpObjects.optional("upsEstimatedMinutesRemaining", "1.3.6.1.2.1.33.1.2.3.0", Syntax.INTEGER);
    /** upsInputNumLines: rows of upsInputTable. */
    static final OID INPUT_NUM_LINES = SnmpObjects.optional("upsInputNumLines", "1.3.6.1.2.1.33.1.3.2.0", Syntax.INTEGER);
    /** upsInputVoltage, column of upsInputTable indexed by line: RMS volts. */
    static final OID INPUT_VOLTAGE = SnmpObjects.optional("upsInputVoltage", "1.3.6.1.2.1.33.1.3.3.1.3", Syntax.INTEGER);
    /** upsInputTruePower, column of upsInputTable: watts. */
    static final OID INPUT_TRUE_POWER = SnmpObjects.optional("upsInputTruePower", "1.3.6.1.2.1.33.1.3.3.1.5", Syntax.INTEGER);
    /** upsOutputSource: 1 other, 2 none, 3 normal, 4 bypass, 5 battery, 6 booster, 7 reducer. */
    static final OID OUTPUT_SOURCE = SnmpObjects.required("upsOutputSource", "1.3.6.1.2.1.33.1.4.1.0", Syntax.INTEGER);
    /** upsOutputNumLines: rows of upsOutputTable. */
    static final OID OUTPUT_NUM_LINES = SnmpObjects.optional("upsOutputNumLines", "1.3.6.1.2.1.33.1.4.3.0", Syntax.INTEGER);
    /** upsOutputPower, column of upsOutputTable indexed by line: watts. */
    static final OID OUTPUT_POWER = SnmpObjects.optional("upsOutputPower", "1.3.6.1.2.1.33.1.4.4.1.4", Syntax.INTEGER);
    /** upsOutputPercentLoad, column of upsOutputTable: percent of the UPS's capacity. */
    static final OID OUTPUT_PERCENT_LOAD = SnmpObjects.optional("upsOutputPercentLoad", "1.3.6.1.2.1.33.1.4.4.1.5", Syntax.INTEGER);
    /** upsAlarmsPresent: rows of upsAlarmTable, the alarms now active. */
    static final OID ALARMS_PRESENT = SnmpObjects.required("upsAlarmsPresent", "1.3.6.1.2.1.33.1.6.1.0", Syntax.GAUGE32);
}
