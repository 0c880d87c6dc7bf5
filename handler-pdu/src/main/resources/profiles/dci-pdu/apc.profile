# APC PowerNet-MIB: the three generations of APC rack PDUs. Every table is indexed by the outlet's
# row number, which on a single unit is the outlet number.
#
# Checked against the PowerNet-MIB text (v4.2.6, as LibreNMS ships it in mibs/apc/PowerNet-MIB):
# rPDU2's state is off(1), on(2), the reverse of rPDU's outletStatusOn(1), outletStatusOff(2).
# Column 7 of rPDU2OutletMeteredStatusEntry is the power draw of the outlet's load; the MIB names
# no unit, but its sibling thresholds are "in Watts", and Observium's and LibreNMS's APC sensors
# read it as watts with scale 1. rPDU's per-outlet rPDUOutletStatusLoad is tenths of amps, not
# power. The MasterSwitch sPDUOutletCtl on(1)/off(2) is as fence_apc_snmp and Network UPS Tools'
# apc-pdu-mib.c use it. The ...CommandPending columns: commandPending(1), noCommandPending(2),
# commandPendingUnknown(3). The control columns take immediateOn(1), immediateOff(2) and
# immediateReboot(3): off, then on after the outlet's reboot duration, during which it reads off.

# rPDU2 (.318.1.1.26), AP8xxx and AP79xxB on rPDU2 firmware
object rPDU2OutletSwitchedStatusName           1.3.6.1.4.1.318.1.1.26.9.2.3.1.3 text
object rPDU2OutletSwitchedStatusState          1.3.6.1.4.1.318.1.1.26.9.2.3.1.5 integer 1=off 2=on required
object rPDU2OutletSwitchedStatusCommandPending 1.3.6.1.4.1.318.1.1.26.9.2.3.1.6 integer required
object rPDU2OutletSwitchedControlCommand       1.3.6.1.4.1.318.1.1.26.9.2.4.1.5 integer required
# only on models metered by outlet
object rPDU2OutletMeteredStatusPower           1.3.6.1.4.1.318.1.1.26.9.4.3.1.7 integer required

# rPDU (.318.1.1.12), AP79xx
object rPDUOutletStatusOutletName      1.3.6.1.4.1.318.1.1.12.3.5.1.1.2 text
object rPDUOutletStatusOutletState     1.3.6.1.4.1.318.1.1.12.3.5.1.1.4 integer 1=on 2=off required
object rPDUOutletStatusCommandPending  1.3.6.1.4.1.318.1.1.12.3.5.1.1.5 integer required
object rPDUOutletControlOutletCommand  1.3.6.1.4.1.318.1.1.12.3.3.1.1.4 integer required

# sPDU (.318.1.1.4), the MasterSwitch outlet table, which AP79xx firmware keeps as well; state and
# command in one column: outletOn(1), outletOff(2), outletReboot(3), outletUnknown(4), ...
object sPDUOutletPending 1.3.6.1.4.1.318.1.1.4.4.2.1.2 integer required
object sPDUOutletCtl     1.3.6.1.4.1.318.1.1.4.4.2.1.3 integer 1=on 2=off required
object sPDUOutletCtlName 1.3.6.1.4.1.318.1.1.4.4.2.1.4 text

profile apc-rpdu2
  name            APC rPDU2 (PowerNet-MIB rPDU2OutletSwitched)
  probe           rPDU2OutletSwitchedStatusState
  outlet-name     rPDU2OutletSwitchedStatusName
  outlet-state    rPDU2OutletSwitchedStatusState
  outlet-pending  rPDU2OutletSwitchedStatusCommandPending 1
  switch-on       rPDU2OutletSwitchedControlCommand 1
  switch-off      rPDU2OutletSwitchedControlCommand 2
  switch-reset    rPDU2OutletSwitchedControlCommand 3
  reset-shows-off yes
  outlet-watts    rPDU2OutletMeteredStatusPower
  not-metered     is switched but not metered by outlet (it has no rPDU2OutletMeteredStatusTable rows); it meters the whole unit and its phases only

profile apc-rpdu
  name            APC rPDU (PowerNet-MIB rPDUOutlet)
  probe           rPDUOutletStatusOutletState
  outlet-name     rPDUOutletStatusOutletName
  outlet-state    rPDUOutletStatusOutletState
  outlet-pending  rPDUOutletStatusCommandPending 1
  switch-on       rPDUOutletControlOutletCommand 1
  switch-off      rPDUOutletControlOutletCommand 2
  switch-reset    rPDUOutletControlOutletCommand 3
  reset-shows-off yes
  not-metered     meters only the whole unit (rPDUIdentDevicePowerWatts) and its phases or banks (rPDULoadStatusLoad, in amps)

profile apc-masterswitch
  name            APC MasterSwitch (PowerNet-MIB sPDUOutletCtl)
  probe           sPDUOutletCtl
  outlet-name     sPDUOutletCtlName
  outlet-state    sPDUOutletCtl
  outlet-pending  sPDUOutletPending 1
  switch-on       sPDUOutletCtl 1
  switch-off      sPDUOutletCtl 2
  switch-reset    sPDUOutletCtl 3
  reset-shows-off yes
  not-metered     has no power readings in its MasterSwitch outlet table
