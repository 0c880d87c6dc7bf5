package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
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
    static final OID BASIC_BATTERY_STATUS = SnmpObjects.required("upsBasicBatteryStatus", "1.3.6.1.4.1.318.1.1.1.2.1.1.0", Syntax.INTEGER);
    /** upsAdvBatteryRunTimeRemaining: TimeTicks, hundredths of a second. */
    static final OID ADV_BATTERY_RUN_TIME_REMAINING = SnmpObjects.optional("upsAdvBatteryRunTimeRemaining", "1.3.6.1.4.1.318.1.1.1.2.2.3.0", Syntax.TIME_TICKS);
    /** upsAdvBatteryReplaceIndicator: 1 noBatteryNeedsReplacing, 2 batteryNeedsReplacing. */
    static final OID ADV_BATTERY_REPLACE_INDICATOR = SnmpObjects.required("upsAdvBatteryReplaceIndicator", "1.3.6.1.4.1.318.1.1.1.2.2.4.0", Syntax.INTEGER);
    /** upsAdvInputLineVoltage: volts. */
    static final OID ADV_INPUT_LINE_VOLTAGE = SnmpObjects.optional("upsAdvInputLineVoltage", "1.3.6.1.4.1.318.1.1.1.3.2.1.0", Syntax.GAUGE32);
    /** upsHighPrecInputLineVoltage: tenths of a volt (newer network cards). */
    static final OID HIGH_PREC_INPUT_LINE_VOLTAGE = SnmpObjects.optional("upsHighPrecInputLineVoltage", "1.3.6.1.4.1.318.1.1.1.3.3.1.0", Syntax.GAUGE32);
    /**
     * upsBasicOutputStatus: 1 unknown, 2 onLine, 3 onBattery, 4 onSmartBoost, 5 timedSleeping,
     * 6 softwareBypass, 7 off, 8 rebooting, 9 switchedBypass, 10 hardwareFailureBypass,
     * 11 sleepingUntilPowerReturn, 12 onSmartTrim, 13 ecoMode, 14 hotStandby, 15 onBatteryTest,
     * 16 emergencyStaticBypass, 17 staticBypassStandby, 18 powerSavingMode, 19 spotMode,
     * 20 eConversion, ... up to 28 in recent MIB versions.
     */
    static final OID BASIC_OUTPUT_STATUS = SnmpObjects.required("upsBasicOutputStatus", "1.3.6.1.4.1.318.1.1.1.4.1.1.0", Syntax.INTEGER);
    /** upsAdvOutputLoad: percent. */
    static final OID ADV_OUTPUT_LOAD = SnmpObjects.optional("upsAdvOutputLoad", "1.3.6.1.4.1.318.1.1.1.4.2.3.0", Syntax.GAUGE32);
    /** upsAdvOutputActivePower: watts, "the total output active power", the sum of all phases. */
    static final OID ADV_OUTPUT_ACTIVE_POWER = SnmpObjects.optional("upsAdvOutputActivePower", "1.3.6.1.4.1.318.1.1.1.4.2.8.0", Syntax.GAUGE32);
    /** upsHighPrecOutputLoad: tenths of a percent. */
    static final OID HIGH_PREC_OUTPUT_LOAD = SnmpObjects.optional("upsHighPrecOutputLoad", "1.3.6.1.4.1.318.1.1.1.4.3.3.0", Syntax.GAUGE32);

    // upsPhase (.318.1.1.1.9): the phase tables of three-phase models (Symmetra PX, Galaxy...), as
    // Network UPS Tools' apc-mib.c reads them. Input and output tables are indexed by table (1 the
    // main input, or the output; 2 a bypass input); the phase tables by table, then phase: firmware
    // writes table.1.phase (older firmware table.phase), so the phase is the index's last part.

    /** upsPhaseNumInputPhases of input table 1, the main input. */
    static final OID PHASE_NUM_INPUT_PHASES = SnmpObjects.optional("upsPhaseNumInputPhases", "1.3.6.1.4.1.318.1.1.1.9.2.2.1.2.1", Syntax.INTEGER);
    /** upsPhaseInputVoltage, column of upsPhaseInputPhaseTable: volts (-1: not supported). */
    static final OID PHASE_INPUT_VOLTAGE = SnmpObjects.optional("upsPhaseInputVoltage", "1.3.6.1.4.1.318.1.1.1.9.2.3.1.3", Syntax.INTEGER);
    /** upsPhaseInputPower, column of upsPhaseInputPhaseTable: watts (-1: not supported). */
    static final OID PHASE_INPUT_POWER = SnmpObjects.optional("upsPhaseInputPower", "1.3.6.1.4.1.318.1.1.1.9.2.3.1.9", Syntax.INTEGER);
    /** upsPhaseNumOutputPhases of output table 1. */
    static final OID PHASE_NUM_OUTPUT_PHASES = SnmpObjects.optional("upsPhaseNumOutputPhases", "1.3.6.1.4.1.318.1.1.1.9.3.2.1.2.1", Syntax.INTEGER);
    /** upsPhaseOutputPercentLoad, column of upsPhaseOutputPhaseTable: percent of the phase's capacity. */
    static final OID PHASE_OUTPUT_PERCENT_LOAD = SnmpObjects.optional("upsPhaseOutputPercentLoad", "1.3.6.1.4.1.318.1.1.1.9.3.3.1.10", Syntax.INTEGER);
    /** upsPhaseOutputPower, column of upsPhaseOutputPhaseTable: watts. */
    static final OID PHASE_OUTPUT_POWER = SnmpObjects.optional("upsPhaseOutputPower", "1.3.6.1.4.1.318.1.1.1.9.3.3.1.13", Syntax.INTEGER);
}
