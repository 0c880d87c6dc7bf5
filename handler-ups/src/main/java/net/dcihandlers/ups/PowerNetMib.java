package net.dcihandlers.ups;

import org.snmp4j.smi.OID;

/**
 * The APC PowerNet-MIB objects of a UPS (under apc 1.3.6.1.4.1.318, products.hardware.ups
 * .1.1.1) that dci-ups reads: scalars that describe a single-phase UPS (upsHighPrec*, upsAdv*),
 * and the phase tables of three-phase models.
 */
final class PowerNetMib {
    private PowerNetMib() {
    }

    /** upsBasicBatteryStatus: 1 unknown, 2 batteryNormal, 3 batteryLow, 4 batteryInFaultCondition. */
    static final OID BASIC_BATTERY_STATUS = new OID("1.3.6.1.4.1.318.1.1.1.2.1.1.0");
    /** upsAdvBatteryRunTimeRemaining: TimeTicks, hundredths of a second. */
    static final OID ADV_BATTERY_RUN_TIME_REMAINING = new OID("1.3.6.1.4.1.318.1.1.1.2.2.3.0");
    /** upsAdvBatteryReplaceIndicator: 1 noBatteryNeedsReplacing, 2 batteryNeedsReplacing. */
    static final OID ADV_BATTERY_REPLACE_INDICATOR = new OID("1.3.6.1.4.1.318.1.1.1.2.2.4.0");
    /** upsAdvInputLineVoltage: volts. */
    static final OID ADV_INPUT_LINE_VOLTAGE = new OID("1.3.6.1.4.1.318.1.1.1.3.2.1.0");
    /** upsHighPrecInputLineVoltage: tenths of a volt (newer network cards). */
    static final OID HIGH_PREC_INPUT_LINE_VOLTAGE = new OID("1.3.6.1.4.1.318.1.1.1.3.3.1.0");
    /**
     * upsBasicOutputStatus: 1 unknown, 2 onLine, 3 onBattery, 4 onSmartBoost, 5 timedSleeping,
     * 6 softwareBypass, 7 off, 8 rebooting, 9 switchedBypass, 10 hardwareFailureBypass,
     * 11 sleepingUntilPowerReturn, 12 onSmartTrim, 13 ecoMode, 14 hotStandby, 15 onBatteryTest,
     * 16 emergencyStaticBypass, 17 staticBypassStandby, 18 powerSavingMode, 19 spotMode,
     * 20 eConversion, ... up to 28 in recent MIB versions.
     */
    static final OID BASIC_OUTPUT_STATUS = new OID("1.3.6.1.4.1.318.1.1.1.4.1.1.0");
    /** upsAdvOutputLoad: percent. */
    static final OID ADV_OUTPUT_LOAD = new OID("1.3.6.1.4.1.318.1.1.1.4.2.3.0");
    /** upsAdvOutputActivePower: watts, "the total output active power", the sum of all phases. */
    static final OID ADV_OUTPUT_ACTIVE_POWER = new OID("1.3.6.1.4.1.318.1.1.1.4.2.8.0");
    /** upsHighPrecOutputLoad: tenths of a percent. */
    static final OID HIGH_PREC_OUTPUT_LOAD = new OID("1.3.6.1.4.1.318.1.1.1.4.3.3.0");

    // upsPhase (.318.1.1.1.9): the phase tables of three-phase models (Symmetra PX, Galaxy...), as
    // Network UPS Tools' apc-mib.c reads them. Input and output tables are indexed by table (1 the
    // main input, or the output; 2 a bypass input); the phase tables by table, then phase: firmware
    // writes table.1.phase (older firmware table.phase), so the phase is the index's last part.

    /** upsPhaseNumInputPhases of input table 1, the main input. */
    static final OID PHASE_NUM_INPUT_PHASES = new OID("1.3.6.1.4.1.318.1.1.1.9.2.2.1.2.1");
    /** upsPhaseInputVoltage, column of upsPhaseInputPhaseTable: volts (-1: not supported). */
    static final OID PHASE_INPUT_VOLTAGE = new OID("1.3.6.1.4.1.318.1.1.1.9.2.3.1.3");
    /** upsPhaseInputPower, column of upsPhaseInputPhaseTable: watts (-1: not supported). */
    static final OID PHASE_INPUT_POWER = new OID("1.3.6.1.4.1.318.1.1.1.9.2.3.1.9");
    /** upsPhaseNumOutputPhases of output table 1. */
    static final OID PHASE_NUM_OUTPUT_PHASES = new OID("1.3.6.1.4.1.318.1.1.1.9.3.2.1.2.1");
    /** upsPhaseOutputPercentLoad, column of upsPhaseOutputPhaseTable: percent of the phase's capacity. */
    static final OID PHASE_OUTPUT_PERCENT_LOAD = new OID("1.3.6.1.4.1.318.1.1.1.9.3.3.1.10");
    /** upsPhaseOutputPower, column of upsPhaseOutputPhaseTable: watts. */
    static final OID PHASE_OUTPUT_POWER = new OID("1.3.6.1.4.1.318.1.1.1.9.3.3.1.13");
}
