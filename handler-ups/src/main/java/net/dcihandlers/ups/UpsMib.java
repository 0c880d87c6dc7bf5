package net.dcihandlers.ups;

import org.snmp4j.smi.OID;

/** The RFC 1628 UPS-MIB objects dci-ups reads; all lie under upsObjects 1.3.6.1.2.1.33.1. */
final class UpsMib {
    private UpsMib() {
    }

    /** upsBatteryStatus: 1 unknown, 2 batteryNormal, 3 batteryLow, 4 batteryDepleted. */
    static final OID BATTERY_STATUS = new OID("1.3.6.1.2.1.33.1.2.1.0");
    /** upsEstimatedMinutesRemaining, minutes. */
    static final OID ESTIMATED_MINUTES_REMAINING = new OID("1.3.6.1.2.1.33.1.2.3.0");
    /** upsInputNumLines: rows of upsInputTable. */
    static final OID INPUT_NUM_LINES = new OID("1.3.6.1.2.1.33.1.3.2.0");
    /** upsInputVoltage, column of upsInputTable indexed by line: RMS volts. */
    static final OID INPUT_VOLTAGE = new OID("1.3.6.1.2.1.33.1.3.3.1.3");
    /** upsInputTruePower, column of upsInputTable: watts. */
    static final OID INPUT_TRUE_POWER = new OID("1.3.6.1.2.1.33.1.3.3.1.5");
    /** upsOutputSource: 1 other, 2 none, 3 normal, 4 bypass, 5 battery, 6 booster, 7 reducer. */
    static final OID OUTPUT_SOURCE = new OID("1.3.6.1.2.1.33.1.4.1.0");
    /** upsOutputNumLines: rows of upsOutputTable. */
    static final OID OUTPUT_NUM_LINES = new OID("1.3.6.1.2.1.33.1.4.3.0");
    /** upsOutputPower, column of upsOutputTable indexed by line: watts. */
    static final OID OUTPUT_POWER = new OID("1.3.6.1.2.1.33.1.4.4.1.4");
    /** upsOutputPercentLoad, column of upsOutputTable: percent of the UPS's capacity. */
    static final OID OUTPUT_PERCENT_LOAD = new OID("1.3.6.1.2.1.33.1.4.4.1.5");
    /** upsAlarmsPresent: rows of upsAlarmTable, the alarms now active. */
    static final OID ALARMS_PRESENT = new OID("1.3.6.1.2.1.33.1.6.1.0");
}
