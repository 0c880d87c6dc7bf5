# Eaton's (formerly Powerware's) XUPS-MIB, under 1.3.6.1.4.1.534.1, which Eaton network cards and
# the Power Xpert gateway serve beside the UPS-MIB: the whole-UPS figures and per-phase tables that
# Network UPS Tools' Eaton mappings read (drivers/powerware-mib.c, eaton-ups-pxg-mib.c). Tables are
# indexed by phase number.

# seconds of battery time left
object xupsBatTimeRemaining 1.3.6.1.4.1.534.1.2.1.0   integer /60
object xupsInputNumPhases   1.3.6.1.4.1.534.1.3.3.0   integer
# RMS volts
object xupsInputVoltage     1.3.6.1.4.1.534.1.3.4.1.2 integer
# watts
object xupsInputWatts       1.3.6.1.4.1.534.1.3.4.1.4 integer /1000
# the output load, percent of the UPS's capacity, for the whole UPS
object xupsOutputLoad       1.3.6.1.4.1.534.1.4.1.0   integer whole
object xupsOutputNumPhases  1.3.6.1.4.1.534.1.4.3.0   integer
# watts
object xupsOutputWatts      1.3.6.1.4.1.534.1.4.4.1.4 integer /1000
