package net.dcihandlers.pdu;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

/**
 * APC PowerNet-MIB objects of the three generations of APC rack PDUs, named as in the MIB. Every
 * table is indexed by the outlet's row number, which on a single unit is the outlet number.
 *
 * <p>Verified against the PowerNet-MIB text itself (v4.2.6, as LibreNMS ships it in
 * mibs/apc/PowerNet-MIB): the rPDU outlet status and control tables and the rPDU2 switched status,
 * control and metered status tables, values included. That check settled what the project's
 * working notes marked to verify: rPDU2's state is off(1), on(2), the reverse of rPDU's
 * outletStatusOn(1), outletStatusOff(2); and column 7 of rPDU2OutletMeteredStatusEntry is
 * rPDU2OutletMeteredStatusPower, "the power draw of the load" on the outlet. The MIB names no unit
 * for it, but its sibling thresholds (rPDU2OutletMeteredConfig*Threshold) are "in Watts", and
 * Observium's and LibreNMS's APC sensor discovery read it as watts with scale 1. rPDU's own
 * per-outlet rPDUOutletStatusLoad is tenths of amps, not power. The MasterSwitch sPDUOutletCtl
 * on(1)/off(2) is as ClusterLabs fence_apc_snmp and Network UPS Tools' apc-pdu-mib.c use it.
 */
final class PowerNetMib {
    private PowerNetMib() {
    }

    // rPDU2 (.318.1.1.26), AP8xxx: rPDU2OutletSwitchedStatusTable
    static final OID RPDU2_OUTLET_SWITCHED_STATUS_NAME = SnmpObjects.optional("rPDU2OutletSwitchedStatusName", "1.3.6.1.4.1.318.1.1.26.9.2.3.1.3", Syntax.OCTET_STRING);
    /** off(1), on(2). */
    static final OID RPDU2_OUTLET_SWITCHED_STATUS_STATE = SnmpObjects.required("rPDU2OutletSwitchedStatusState", "1.3.6.1.4.1.318.1.1.26.9.2.3.1.5", Syntax.INTEGER);
    /** commandPending(1), noCommandPending(2), commandPendingUnknown(3). */
    static final OID RPDU2_OUTLET_SWITCHED_STATUS_COMMAND_PENDING = SnmpObjects.required("rPDU2OutletSwitchedStatusCommandPending", "1.3.6.1.4.1.318.1.1.26.9.2.3.1.6", Syntax.INTEGER);
    /**
     * rPDU2OutletSwitchedControlTable: write immediateOn(1), immediateOff(2), immediateReboot(3:
     * off, then on after rPDU2OutletSwitchedConfigRebootDuration), delayed 5-7, cancel(8).
     */
    static final OID RPDU2_OUTLET_SWITCHED_CONTROL_COMMAND = SnmpObjects.required("rPDU2OutletSwitchedControlCommand", "1.3.6.1.4.1.318.1.1.26.9.2.4.1.5", Syntax.INTEGER);
    /** rPDU2OutletMeteredStatusTable, only on models metered by outlet: watts per outlet. */
    static final OID RPDU2_OUTLET_METERED_STATUS_POWER = SnmpObjects.required("rPDU2OutletMeteredStatusPower", "1.3.6.1.4.1.318.1.1.26.9.4.3.1.7", Syntax.INTEGER);

    // rPDU (.318.1.1.12), AP79xx: rPDUOutletStatusTable
    static final OID RPDU_OUTLET_STATUS_OUTLET_NAME = SnmpObjects.optional("rPDUOutletStatusOutletName", "1.3.6.1.4.1.318.1.1.12.3.5.1.1.2", Syntax.OCTET_STRING);
    /** outletStatusOn(1), outletStatusOff(2). */
    static final OID RPDU_OUTLET_STATUS_OUTLET_STATE = SnmpObjects.required("rPDUOutletStatusOutletState", "1.3.6.1.4.1.318.1.1.12.3.5.1.1.4", Syntax.INTEGER);
    /** outletStatusCommandPending(1), outletStatusNoCommandPending(2). */
    static final OID RPDU_OUTLET_STATUS_COMMAND_PENDING = SnmpObjects.required("rPDUOutletStatusCommandPending", "1.3.6.1.4.1.318.1.1.12.3.5.1.1.5", Syntax.INTEGER);
    /** rPDUOutletControlTable: write immediateOn(1), immediateOff(2), immediateReboot(3). */
    static final OID RPDU_OUTLET_CONTROL_OUTLET_COMMAND = SnmpObjects.required("rPDUOutletControlOutletCommand", "1.3.6.1.4.1.318.1.1.12.3.3.1.1.4", Syntax.INTEGER);

    // sPDU (.318.1.1.4), the MasterSwitch outlet table, which AP79xx firmware keeps as well
    /** commandPending(1), noCommandPending(2), commandPendingUnknown(3). */
    static final OID SPDU_OUTLET_PENDING = SnmpObjects.required("sPDUOutletPending", "1.3.6.1.4.1.318.1.1.4.4.2.1.2", Syntax.INTEGER);
    /** State and command in one: outletOn(1), outletOff(2), outletReboot(3), outletUnknown(4), ... */
    static final OID SPDU_OUTLET_CTL = SnmpObjects.required("sPDUOutletCtl", "1.3.6.1.4.1.318.1.1.4.4.2.1.3", Syntax.INTEGER);
    static final OID SPDU_OUTLET_CTL_NAME = SnmpObjects.optional("sPDUOutletCtlName", "1.3.6.1.4.1.318.1.1.4.4.2.1.4", Syntax.OCTET_STRING);

    /** The value of every ...CommandPending / sPDUOutletPending column while a command is carried out. */
    static final int COMMAND_PENDING = 1;
}
