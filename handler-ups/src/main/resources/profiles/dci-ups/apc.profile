# APC PowerNet-MIB objects of a UPS (under 1.3.6.1.4.1.318.1.1.1): scalars that describe a
# single-phase UPS (upsHighPrec*, upsAdv*), and the phase tables of three-phase models.

# upsBasicBatteryStatus: unknown(1), batteryNormal(2), batteryLow(3), batteryInFaultCondition(4)
object upsBasicBatteryStatus         1.3.6.1.4.1.318.1.1.1.2.1.1.0 integer 1=unknown 2=normal 3=low 4=fault required
# TimeTicks, hundredths of a second: 6000 to the minute
object upsAdvBatteryRunTimeRemaining 1.3.6.1.4.1.318.1.1.1.2.2.3.0 timeticks /6000
# noBatteryNeedsReplacing(1), batteryNeedsReplacing(2)
object upsAdvBatteryReplaceIndicator 1.3.6.1.4.1.318.1.1.1.2.2.4.0 integer required
# volts
object upsAdvInputLineVoltage        1.3.6.1.4.1.318.1.1.1.3.2.1.0 gauge32
# tenths of a volt (newer network cards)
object upsHighPrecInputLineVoltage   1.3.6.1.4.1.318.1.1.1.3.3.1.0 gauge32 /10
# upsBasicOutputStatus: unknown(1), onLine(2), onBattery(3), onSmartBoost(4), timedSleeping(5),
# softwareBypass(6), off(7), rebooting(8), switchedBypass(9), hardwareFailureBypass(10),
# sleepingUntilPowerReturn(11), onSmartTrim(12), ecoMode(13), hotStandby(14), onBatteryTest(15),
# emergencyStaticBypass(16), staticBypassStandby(17), powerSavingMode(18), spotMode(19),
# eConversion(20), ... up to 28 in recent MIB versions. Only the states whose meaning for the load
# is plain are mapped; any other reads as unknown.
object upsBasicOutputStatus          1.3.6.1.4.1.318.1.1.1.4.1.1.0 integer 1=unknown 2=mains 3=battery 4=boost 5=none 6=bypass 7=none 8=none 9=bypass 10=bypass 11=none 12=trim 13=mains 15=battery 16=bypass 17=bypass 20=mains required
# percent
object upsAdvOutputLoad              1.3.6.1.4.1.318.1.1.1.4.2.3.0 gauge32
# watts, "the total output active power", the sum of all phases
object upsAdvOutputActivePower       1.3.6.1.4.1.318.1.1.1.4.2.8.0 gauge32 /1000 whole
# tenths of a percent
object upsHighPrecOutputLoad         1.3.6.1.4.1.318.1.1.1.4.3.3.0 gauge32 /10

# upsPhase (.318.1.1.1.9): the phase tables of three-phase models (Symmetra PX, Galaxy...), as
# Network UPS Tools' apc-mib.c reads them. Input and output tables are indexed by table (1 the main
# input, or the output; 2 a bypass input); the phase tables by table, then phase: firmware writes
# table.1.phase (older firmware table.phase), so the phase is the index's last part. Voltages and
# power read -1 where not supported.
object upsPhaseNumInputPhases    1.3.6.1.4.1.318.1.1.1.9.2.2.1.2.1  integer instance
object upsPhaseInputVoltage      1.3.6.1.4.1.318.1.1.1.9.2.3.1.3    integer phases
object upsPhaseInputPower        1.3.6.1.4.1.318.1.1.1.9.2.3.1.9    integer phases /1000
object upsPhaseNumOutputPhases   1.3.6.1.4.1.318.1.1.1.9.3.2.1.2.1  integer instance
object upsPhaseOutputPercentLoad 1.3.6.1.4.1.318.1.1.1.9.3.3.1.10   integer phases
object upsPhaseOutputPower       1.3.6.1.4.1.318.1.1.1.9.3.3.1.13   integer phases /1000

# A single-phase UPS in scalars, the high-precision objects of newer cards preferred to the whole
# numbers of older ones; a three-phase model in its phase tables, whose stated number of phases
# rules the single-phase scalars out. PowerNet has input power only in those phase tables.
profile apc-powernet
  name          APC PowerNet-MIB
  probe         upsBasicOutputStatus upsBasicBatteryStatus
  source        upsBasicOutputStatus
  battery       upsBasicBatteryStatus
  alarm         upsAdvBatteryReplaceIndicator 2 battery needs replacing
  input-lines   upsPhaseNumInputPhases
  output-lines  upsPhaseNumOutputPhases
  input-voltage upsHighPrecInputLineVoltage upsAdvInputLineVoltage upsPhaseInputVoltage
  output-load   upsHighPrecOutputLoad upsAdvOutputLoad upsPhaseOutputPercentLoad
  output-power  upsPhaseOutputPower upsAdvOutputActivePower
  input-power   upsPhaseInputPower
  runtime       upsAdvBatteryRunTimeRemaining
