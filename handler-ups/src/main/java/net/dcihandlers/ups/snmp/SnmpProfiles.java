package net.dcihandlers.ups.snmp;

import net.dcihandlers.ups.BatteryState;
import net.dcihandlers.ups.PowerSource;
import net.dcihandlers.ups.Quantity;
import net.dcihandlers.ups.snmp.SnmpUpsProfile.AlarmSign;
import org.snmp4j.smi.OID;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;
import static net.dcihandlers.ups.snmp.MibNumber.column;
import static net.dcihandlers.ups.snmp.MibNumber.phaseColumn;
import static net.dcihandlers.ups.snmp.MibNumber.scalar;
import static net.dcihandlers.ups.snmp.MibNumber.whole;

/**
 * The UPS families dci-ups knows, in the order they are tried: the standard UPS-MIB first, APC's
 * PowerNet for the APC network cards that lack it. Adding a family means adding a profile here and
 * a recording under src/test/resources/recordings.
 */
final class SnmpProfiles {
    private SnmpProfiles() {
    }

    /**
     * RFC 1628: everything per line in upsInputTable and upsOutputTable. Where a UPS leaves a gap
     * there (the Eaton 9390 gives upsOutputPercentLoad for line 1 of 3 only), the vendor's own
     * objects fill it, as Network UPS Tools' mappings read them: Eaton's XUPS-MIB (the whole-UPS
     * xupsOutputLoad, the per-phase xupsInputTable and xupsOutputTable, xupsBatTimeRemaining) and the
     * phase tables of APC's PowerNet-MIB. A UPS that has neither answers those few objects with the
     * next OID of its MIB, which ends them in the same request.
     */
    static final SnmpUpsProfile UPS_MIB = new SnmpUpsProfile("RFC 1628 UPS-MIB",
            List.of(UpsMib.OUTPUT_SOURCE, UpsMib.BATTERY_STATUS),
            scalar("upsOutputSource", UpsMib.OUTPUT_SOURCE),
            Map.of(1, PowerSource.UNKNOWN, 2, PowerSource.NONE, 3, PowerSource.MAINS, 4, PowerSource.BYPASS,
                    5, PowerSource.BATTERY, 6, PowerSource.BOOST, 7, PowerSource.TRIM),
            scalar("upsBatteryStatus", UpsMib.BATTERY_STATUS),
            Map.of(1, BatteryState.UNKNOWN, 2, BatteryState.NORMAL, 3, BatteryState.LOW, 4, BatteryState.DEPLETED),
            List.of(new AlarmSign(scalar("upsAlarmsPresent", UpsMib.ALARMS_PRESENT), 1, "alarms present")),
            List.of(scalar("upsInputNumLines", UpsMib.INPUT_NUM_LINES),
                    scalar("xupsInputNumPhases", XupsMib.INPUT_NUM_PHASES),
                    scalar("upsPhaseNumInputPhases", PowerNetMib.PHASE_NUM_INPUT_PHASES)),
            List.of(scalar("upsOutputNumLines", UpsMib.OUTPUT_NUM_LINES),
                    scalar("xupsOutputNumPhases", XupsMib.OUTPUT_NUM_PHASES),
                    scalar("upsPhaseNumOutputPhases", PowerNetMib.PHASE_NUM_OUTPUT_PHASES)),
            Map.of(Quantity.INPUT_VOLTAGE, List.of(column("upsInputVoltage", UpsMib.INPUT_VOLTAGE, 1),
                            column("xupsInputVoltage", XupsMib.INPUT_VOLTAGE, 1),
                            phaseColumn("upsPhaseInputVoltage", PowerNetMib.PHASE_INPUT_VOLTAGE, 1)),
                    Quantity.OUTPUT_LOAD, List.of(column("upsOutputPercentLoad", UpsMib.OUTPUT_PERCENT_LOAD, 1),
                            whole("xupsOutputLoad", XupsMib.OUTPUT_LOAD, 1),
                            phaseColumn("upsPhaseOutputPercentLoad", PowerNetMib.PHASE_OUTPUT_PERCENT_LOAD, 1)),
                    Quantity.OUTPUT_POWER, List.of(column("upsOutputPower", UpsMib.OUTPUT_POWER, 1000),
                            column("xupsOutputWatts", XupsMib.OUTPUT_WATTS, 1000),
                            phaseColumn("upsPhaseOutputPower", PowerNetMib.PHASE_OUTPUT_POWER, 1000)),
                    Quantity.INPUT_POWER, List.of(column("upsInputTruePower", UpsMib.INPUT_TRUE_POWER, 1000),
                            column("xupsInputWatts", XupsMib.INPUT_WATTS, 1000),
                            phaseColumn("upsPhaseInputPower", PowerNetMib.PHASE_INPUT_POWER, 1000))),
            List.of(scalar("upsEstimatedMinutesRemaining", UpsMib.ESTIMATED_MINUTES_REMAINING),
                    scalar("xupsBatTimeRemaining", XupsMib.BAT_TIME_REMAINING, 60)));

    /**
     * APC PowerNet-MIB: a single-phase UPS in scalars, the high-precision objects of newer cards
     * preferred to the whole numbers of older ones; a three-phase model (Symmetra PX, Galaxy) in its
     * phase tables, whose stated number of phases rules the single-phase scalars out. PowerNet has
     * input power only in those phase tables.
     */
    static final SnmpUpsProfile APC_POWERNET = new SnmpUpsProfile("APC PowerNet-MIB",
            List.of(PowerNetMib.BASIC_OUTPUT_STATUS, PowerNetMib.BASIC_BATTERY_STATUS),
            scalar("upsBasicOutputStatus", PowerNetMib.BASIC_OUTPUT_STATUS),
            // the states whose meaning for the load is plain; any other reads as unknown
            Map.ofEntries(entry(1, PowerSource.UNKNOWN), entry(2, PowerSource.MAINS), entry(3, PowerSource.BATTERY),
                    entry(4, PowerSource.BOOST), entry(5, PowerSource.NONE), entry(6, PowerSource.BYPASS),
                    entry(7, PowerSource.NONE), entry(8, PowerSource.NONE), entry(9, PowerSource.BYPASS),
                    entry(10, PowerSource.BYPASS), entry(11, PowerSource.NONE), entry(12, PowerSource.TRIM),
                    entry(13, PowerSource.MAINS), entry(15, PowerSource.BATTERY), entry(16, PowerSource.BYPASS),
                    entry(17, PowerSource.BYPASS), entry(20, PowerSource.MAINS)),
            scalar("upsBasicBatteryStatus", PowerNetMib.BASIC_BATTERY_STATUS),
            Map.of(1, BatteryState.UNKNOWN, 2, BatteryState.NORMAL, 3, BatteryState.LOW, 4, BatteryState.FAULT),
            List.of(new AlarmSign(scalar("upsAdvBatteryReplaceIndicator", PowerNetMib.ADV_BATTERY_REPLACE_INDICATOR),
                    2, "battery needs replacing")),
            List.of(scalar("upsPhaseNumInputPhases", PowerNetMib.PHASE_NUM_INPUT_PHASES)),
            List.of(scalar("upsPhaseNumOutputPhases", PowerNetMib.PHASE_NUM_OUTPUT_PHASES)),
            Map.of(Quantity.INPUT_VOLTAGE, List.of(
                            scalar("upsHighPrecInputLineVoltage", PowerNetMib.HIGH_PREC_INPUT_LINE_VOLTAGE, 10),
                            scalar("upsAdvInputLineVoltage", PowerNetMib.ADV_INPUT_LINE_VOLTAGE),
                            phaseColumn("upsPhaseInputVoltage", PowerNetMib.PHASE_INPUT_VOLTAGE, 1)),
                    Quantity.OUTPUT_LOAD, List.of(
                            scalar("upsHighPrecOutputLoad", PowerNetMib.HIGH_PREC_OUTPUT_LOAD, 10),
                            scalar("upsAdvOutputLoad", PowerNetMib.ADV_OUTPUT_LOAD),
                            phaseColumn("upsPhaseOutputPercentLoad", PowerNetMib.PHASE_OUTPUT_PERCENT_LOAD, 1)),
                    Quantity.OUTPUT_POWER, List.of(
                            phaseColumn("upsPhaseOutputPower", PowerNetMib.PHASE_OUTPUT_POWER, 1000),
                            whole("upsAdvOutputActivePower", PowerNetMib.ADV_OUTPUT_ACTIVE_POWER, 1000)),
                    Quantity.INPUT_POWER, List.of(
                            phaseColumn("upsPhaseInputPower", PowerNetMib.PHASE_INPUT_POWER, 1000))),
            // TimeTicks: 6000 hundredths of a second to the minute
            List.of(scalar("upsAdvBatteryRunTimeRemaining", PowerNetMib.ADV_BATTERY_RUN_TIME_REMAINING, 6000)));

    static final List<SnmpUpsProfile> ALL = List.of(UPS_MIB, APC_POWERNET);

    /** Every profile's probes, asked for in one GET. */
    static List<OID> probes() {
        Set<OID> s = new LinkedHashSet<>();
        ALL.forEach(p -> s.addAll(p.probes()));
        return List.copyOf(s);
    }

    /** The first profile one of whose probes the device has. */
    static Optional<SnmpUpsProfile> select(Set<OID> present) {
        return ALL.stream().filter(p -> p.probes().stream().anyMatch(present::contains)).findFirst();
    }
}
