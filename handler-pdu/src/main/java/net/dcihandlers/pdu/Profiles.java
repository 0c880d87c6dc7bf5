package net.dcihandlers.pdu;

import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.pdu.PduProfile.Columns;
import net.dcihandlers.pdu.PduProfile.Commands;
import net.dcihandlers.pdu.PduProfile.Flag;
import net.dcihandlers.pdu.PduProfile.Metering;
import net.dcihandlers.pdu.PduProfile.OutletCommand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static net.dcihandlers.pdu.BladeCenterMib.BLADE_EXISTS;
import static net.dcihandlers.pdu.BladeCenterMib.BLADE_NAME;
import static net.dcihandlers.pdu.BladeCenterMib.BLADE_POWER_STATE;
import static net.dcihandlers.pdu.BladeCenterMib.POWER_ON_OFF_BLADE;
import static net.dcihandlers.pdu.BladeCenterMib.RESTART_BLADE;
import static net.dcihandlers.pdu.PowerNetMib.COMMAND_PENDING;
import static net.dcihandlers.pdu.PowerNetMib.RPDU2_OUTLET_METERED_STATUS_POWER;
import static net.dcihandlers.pdu.PowerNetMib.RPDU2_OUTLET_SWITCHED_CONTROL_COMMAND;
import static net.dcihandlers.pdu.PowerNetMib.RPDU2_OUTLET_SWITCHED_STATUS_COMMAND_PENDING;
import static net.dcihandlers.pdu.PowerNetMib.RPDU2_OUTLET_SWITCHED_STATUS_NAME;
import static net.dcihandlers.pdu.PowerNetMib.RPDU2_OUTLET_SWITCHED_STATUS_STATE;
import static net.dcihandlers.pdu.PowerNetMib.RPDU_OUTLET_CONTROL_OUTLET_COMMAND;
import static net.dcihandlers.pdu.PowerNetMib.RPDU_OUTLET_STATUS_COMMAND_PENDING;
import static net.dcihandlers.pdu.PowerNetMib.RPDU_OUTLET_STATUS_OUTLET_NAME;
import static net.dcihandlers.pdu.PowerNetMib.RPDU_OUTLET_STATUS_OUTLET_STATE;
import static net.dcihandlers.pdu.PowerNetMib.SPDU_OUTLET_CTL;
import static net.dcihandlers.pdu.PowerNetMib.SPDU_OUTLET_CTL_NAME;
import static net.dcihandlers.pdu.PowerNetMib.SPDU_OUTLET_PENDING;

/**
 * The PDU families dci-pdu knows, in the order they are tried: newest APC generation first, since
 * AP79xx units also keep the MasterSwitch table and the newest table a device answers describes it
 * best. Adding a vendor (Raritan, Eaton, ServerTech) means adding a profile here and a test against
 * a recording or simulation of that vendor's PDU.
 */
final class Profiles {
    private Profiles() {
    }

    static final PduProfile APC_RPDU2 = new PduProfile("APC rPDU2 (PowerNet-MIB rPDU2OutletSwitched)",
            new Columns(RPDU2_OUTLET_SWITCHED_STATUS_NAME, RPDU2_OUTLET_SWITCHED_STATUS_STATE,
                    new Flag(RPDU2_OUTLET_SWITCHED_STATUS_COMMAND_PENDING, COMMAND_PENDING), null),
            Map.of(1, PortStatus.OFF, 2, PortStatus.ON),
            new Commands(new OutletCommand("rPDU2OutletSwitchedControlCommand", RPDU2_OUTLET_SWITCHED_CONTROL_COMMAND, 1),
                    new OutletCommand("rPDU2OutletSwitchedControlCommand", RPDU2_OUTLET_SWITCHED_CONTROL_COMMAND, 2),
                    new OutletCommand("rPDU2OutletSwitchedControlCommand", RPDU2_OUTLET_SWITCHED_CONTROL_COMMAND, 3),
                    true),
            new Metering(RPDU2_OUTLET_METERED_STATUS_POWER, BigDecimal.ONE,
                    "is switched but not metered by outlet (it has no rPDU2OutletMeteredStatusTable rows);"
                            + " it meters the whole unit and its phases only"));

    static final PduProfile APC_RPDU = new PduProfile("APC rPDU (PowerNet-MIB rPDUOutlet)",
            new Columns(RPDU_OUTLET_STATUS_OUTLET_NAME, RPDU_OUTLET_STATUS_OUTLET_STATE,
                    new Flag(RPDU_OUTLET_STATUS_COMMAND_PENDING, COMMAND_PENDING), null),
            Map.of(1, PortStatus.ON, 2, PortStatus.OFF),
            new Commands(new OutletCommand("rPDUOutletControlOutletCommand", RPDU_OUTLET_CONTROL_OUTLET_COMMAND, 1),
                    new OutletCommand("rPDUOutletControlOutletCommand", RPDU_OUTLET_CONTROL_OUTLET_COMMAND, 2),
                    new OutletCommand("rPDUOutletControlOutletCommand", RPDU_OUTLET_CONTROL_OUTLET_COMMAND, 3),
                    true),
            new Metering(null, null, "meters only the whole unit (rPDUIdentDevicePowerWatts) and its phases or"
                    + " banks (rPDULoadStatusLoad, in amps)"));

    static final PduProfile APC_MASTERSWITCH = new PduProfile("APC MasterSwitch (PowerNet-MIB sPDUOutletCtl)",
            new Columns(SPDU_OUTLET_CTL_NAME, SPDU_OUTLET_CTL, new Flag(SPDU_OUTLET_PENDING, COMMAND_PENDING), null),
            Map.of(1, PortStatus.ON, 2, PortStatus.OFF),
            new Commands(new OutletCommand("sPDUOutletCtl", SPDU_OUTLET_CTL, 1),
                    new OutletCommand("sPDUOutletCtl", SPDU_OUTLET_CTL, 2),
                    new OutletCommand("sPDUOutletCtl", SPDU_OUTLET_CTL, 3),
                    true),
            new Metering(null, null, "has no power readings in its MasterSwitch outlet table"));

    /**
     * IBM BladeCenter: a restart need not show the blade off (restartBlade restarts a running
     * blade), so a reset is done once the blade reads on after the command.
     */
    static final PduProfile BLADECENTER = new PduProfile("IBM BladeCenter management module",
            new Columns(BLADE_NAME, BLADE_POWER_STATE, null, new Flag(BLADE_EXISTS, BladeCenterMib.EXISTS)),
            Map.of(0, PortStatus.OFF, 1, PortStatus.ON),
            new Commands(new OutletCommand("powerOnOffBlade", POWER_ON_OFF_BLADE, 1),
                    new OutletCommand("powerOnOffBlade", POWER_ON_OFF_BLADE, 0),
                    new OutletCommand("restartBlade", RESTART_BLADE, 1),
                    false),
            new Metering(null, null, "reports no measured power per blade in its blade tables"));

    static final List<PduProfile> ALL = List.of(APC_RPDU2, APC_RPDU, APC_MASTERSWITCH, BLADECENTER);
}
