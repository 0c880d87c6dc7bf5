# RFC 1628 UPS-MIB, under upsObjects 1.3.6.1.2.1.33.1: everything per line in upsInputTable and
# upsOutputTable (indexed by line number).
#
# How dci-ups reads an object: a scalar (an instance ending in .0, or one marked 'instance') stands
# for the one line of a single-phase UPS; one marked 'whole' is a figure for the whole UPS, which
# stands for line A where a side has one line or is shown combined, never for line A of two; a
# column is indexed by line, or, marked 'phases', is one of APC's phase tables (indexed by table,
# then phase). /N divides a value into the panel's unit: kW for power, minutes for the runtime.

# upsBatteryStatus: unknown(1), batteryNormal(2), batteryLow(3), batteryDepleted(4)
object upsBatteryStatus             1.3.6.1.2.1.33.1.2.1.0   integer 1=unknown 2=normal 3=low 4=depleted required
object upsEstimatedMinutesRemaining 1.3.6.1.2.1.33.1.2.3.0   integer
object upsInputNumLines             1.3.6.1.2.1.33.1.3.2.0   integer
# RMS volts
object upsInputVoltage              1.3.6.1.2.1.33.1.3.3.1.3 integer
# watts
object upsInputTruePower            1.3.6.1.2.1.33.1.3.3.1.5 integer /1000
# upsOutputSource: other(1), none(2), normal(3), bypass(4), battery(5), booster(6), reducer(7)
object upsOutputSource              1.3.6.1.2.1.33.1.4.1.0   integer 1=unknown 2=none 3=mains 4=bypass 5=battery 6=boost 7=trim required
object upsOutputNumLines            1.3.6.1.2.1.33.1.4.3.0   integer
# watts
object upsOutputPower               1.3.6.1.2.1.33.1.4.4.1.4 integer /1000
# percent of the UPS's capacity
object upsOutputPercentLoad         1.3.6.1.2.1.33.1.4.4.1.5 integer
# rows of upsAlarmTable: the alarms now active
object upsAlarmsPresent             1.3.6.1.2.1.33.1.6.1.0   gauge32 required

# Where a UPS leaves a gap in the standard tables (the Eaton 9390 gives upsOutputPercentLoad for
# line 1 of 3 only), the vendor's own objects fill it, as Network UPS Tools' mappings read them:
# Eaton's XUPS-MIB and the phase tables of APC's PowerNet-MIB. A UPS that has neither answers those
# few objects with the next OID of its MIB, which ends them in the same request. For each quantity
# the first object that gives every line of its side is used; where none does, the first that
# gives some.
profile ups-mib
  name          RFC 1628 UPS-MIB
  probe         upsOutputSource upsBatteryStatus
  source        upsOutputSource
  battery       upsBatteryStatus
  alarm         upsAlarmsPresent 1 alarms present
  input-lines   upsInputNumLines xupsInputNumPhases upsPhaseNumInputPhases
  output-lines  upsOutputNumLines xupsOutputNumPhases upsPhaseNumOutputPhases
  input-voltage upsInputVoltage xupsInputVoltage upsPhaseInputVoltage
  output-load   upsOutputPercentLoad xupsOutputLoad upsPhaseOutputPercentLoad
  output-power  upsOutputPower xupsOutputWatts upsPhaseOutputPower
  input-power   upsInputTruePower xupsInputWatts upsPhaseInputPower
  runtime       upsEstimatedMinutesRemaining xupsBatTimeRemaining
