package net.dcihandlers.sim;

import static net.dcihandlers.sim.PduModel.Action.CANCEL;
import static net.dcihandlers.sim.PduModel.Action.OFF;
import static net.dcihandlers.sim.PduModel.Action.ON;
import static net.dcihandlers.sim.PduModel.Action.REBOOT;
import static net.dcihandlers.sim.PduModel.Cell.INDEX;
import static net.dcihandlers.sim.PduModel.Cell.MODEL_NUMBER;
import static net.dcihandlers.sim.PduModel.Cell.NAME;

import java.util.Map;

import net.dcihandlers.sim.PduModel.Cell.Constant;
import net.dcihandlers.sim.PduModel.Cell.Pending;
import net.dcihandlers.sim.PduModel.Cell.Power;
import net.dcihandlers.sim.PduModel.Cell.Present;
import net.dcihandlers.sim.PduModel.Cell.State;
import net.dcihandlers.sim.PduModel.Column;
import net.dcihandlers.sim.PduModel.Scalar;
import net.dcihandlers.sim.PduModel.SmiType;
import net.dcihandlers.sim.PduModel.Table;
import net.dcihandlers.sim.PduModel.Unit;

/**
 * The PDU families the simulator plays, one declaration each, with the objects of IBM's BladeCenter
 * MM MIB and APC's PowerNet-MIB the handlers read and write. The sysObjectIDs lie under each
 * vendor's product registrations, as fence_apc_snmp maps APC's masterSwitch products (NUT maps them
 * differently, one reason handlers probe tables instead).
 */
public final class PduModels {
    private PduModels() {
    }

    /**
     * IBM BladeCenter management module: bladeSystemStatusTable and bladePowerRestartTable, one row a
     * blade slot, which may be empty.
     */
    public static final PduModel BLADECENTER = PduModel.of("IBM BladeCenter", "1.3.6.1.4.1.2.3.51.2",
                    "sim-bladecenter", "BladeCenter MM")
            .outlets(6, "blade%d")
            .emptySlotName("(No name)")
            .tables(
                    new Table("1.3.6.1.4.1.2.3.51.2.22.1.5.1.1",
                            new Column("bladeStatusIndex", 1, INDEX),
                            new Column("bladeExists", 3, new Present(1, 0)),
                            new Column("bladePowerState", 4, new State(1, 0)),
                            new Column("bladeHealthState", 5, new Present(1, 0)),
                            new Column("bladeName", 6, NAME)),
                    new Table("1.3.6.1.4.1.2.3.51.2.22.1.6.1.1",
                            new Column("powerRestartIndex", 1, INDEX),
                            new Column("powerOnOffBlade", 7, new State(1, 0), Map.of(0, OFF, 1, ON)),
                            new Column("restartBlade", 8, new Constant(0), Map.of(1, REBOOT))));

    /**
     * PowerNet-MIB sPDU (.318.1.1.4): the MasterSwitch outlet table, where state and command are one
     * column; AP79xx firmware keeps it beside its own rPDU tables, as the real units do.
     */
    private static final Table SPDU_OUTLETS = new Table("1.3.6.1.4.1.318.1.1.4.4.2.1",
            new Column("sPDUOutletControlIndex", 1, INDEX),
            new Column("sPDUOutletPending", 2, new Pending(1, 2)),
            new Column("sPDUOutletCtl", 3, new State(1, 2), Map.of(1, ON, 2, OFF, 3, REBOOT)),
            new Column("sPDUOutletCtlName", 4, NAME));

    /** PowerNet-MIB rPDU (.318.1.1.12): AP79xx Switched Rack PDUs, metered per unit and bank only. */
    public static final PduModel RPDU = PduModel.of("APC rPDU", "1.3.6.1.4.1.318.1.3.4.5", "sim-rpdu", "AP7900")
            .scalars(
                    new Scalar("rPDUIdentModelNumber", "1.3.6.1.4.1.318.1.1.12.1.5.0", MODEL_NUMBER),
                    new Scalar("rPDUIdentDevicePowerWatts", "1.3.6.1.4.1.318.1.1.12.1.16.0", new Power(Unit.WATTS)),
                    new Scalar("rPDULoadStatusIndex", "1.3.6.1.4.1.318.1.1.12.2.3.1.1.1.1", new Constant(1)),
                    new Scalar("rPDULoadStatusLoad", "1.3.6.1.4.1.318.1.1.12.2.3.1.1.2.1", SmiType.GAUGE32,
                            new Power(Unit.TENTHS_OF_AMPS)))
            .tables(
                    new Table("1.3.6.1.4.1.318.1.1.12.3.3.1.1",
                            new Column("rPDUOutletControlIndex", 1, INDEX),
                            new Column("rPDUOutletControlOutletName", 2, NAME),
                            new Column("rPDUOutletControlOutletCommand", 4, new State(1, 2),
                                    Map.of(1, ON, 2, OFF, 3, REBOOT, 7, CANCEL))),
                    new Table("1.3.6.1.4.1.318.1.1.12.3.5.1.1",
                            new Column("rPDUOutletStatusIndex", 1, INDEX),
                            new Column("rPDUOutletStatusOutletName", 2, NAME),
                            new Column("rPDUOutletStatusOutletState", 4, new State(1, 2)),
                            new Column("rPDUOutletStatusCommandPending", 5, new Pending(1, 2))),
                    SPDU_OUTLETS);

    /**
     * PowerNet-MIB rPDU2 (.318.1.1.26): AP8xxx Rack PDUs. Metered by outlet with switching (an
     * AP86xx), or, built without outlet metering, as a switched-only AP89xx or an AP79xxB on rPDU2
     * firmware such as the AP7902B, which meters its whole unit and phases only.
     */
    public static final PduModel RPDU2 = PduModel.of("APC rPDU2", "1.3.6.1.4.1.318.1.3.4.6", "sim-rpdu2", "AP8641")
            .unmeteredModelNumber("AP7902B")
            .scalars(new Scalar("rPDU2IdentModelNumber", "1.3.6.1.4.1.318.1.1.26.2.1.8.1", MODEL_NUMBER))
            .tables(
                    new Table("1.3.6.1.4.1.318.1.1.26.9.2.3.1",
                            new Column("rPDU2OutletSwitchedStatusIndex", 1, INDEX),
                            new Column("rPDU2OutletSwitchedStatusModule", 2, new Constant(1)),
                            new Column("rPDU2OutletSwitchedStatusName", 3, NAME),
                            new Column("rPDU2OutletSwitchedStatusNumber", 4, INDEX),
                            // off(1), on(2): the reverse of rPDU's numbering
                            new Column("rPDU2OutletSwitchedStatusState", 5, new State(2, 1)),
                            new Column("rPDU2OutletSwitchedStatusCommandPending", 6, new Pending(1, 2))),
                    new Table("1.3.6.1.4.1.318.1.1.26.9.2.4.1",
                            new Column("rPDU2OutletSwitchedControlIndex", 1, INDEX),
                            new Column("rPDU2OutletSwitchedControlName", 3, NAME),
                            new Column("rPDU2OutletSwitchedControlCommand", 5, new State(1, 2),
                                    Map.of(1, ON, 2, OFF, 3, REBOOT, 8, CANCEL))),
                    Table.outletMetering("1.3.6.1.4.1.318.1.1.26.9.4.3.1",
                            new Column("rPDU2OutletMeteredStatusIndex", 1, INDEX),
                            new Column("rPDU2OutletMeteredStatusName", 3, NAME),
                            new Column("rPDU2OutletMeteredStatusNumber", 4, INDEX),
                            new Column("rPDU2OutletMeteredStatusCurrent", 6, new Power(Unit.TENTHS_OF_AMPS)),
                            new Column("rPDU2OutletMeteredStatusPower", 7, new Power(Unit.WATTS))));

    /** PowerNet-MIB sPDU (.318.1.1.4): a legacy APC MasterSwitch. */
    public static final PduModel SPDU = PduModel.of("APC MasterSwitch", "1.3.6.1.4.1.318.1.3.4.2", "sim-spdu", "AP9211")
            .scalars(new Scalar("sPDUIdentModelNumber", "1.3.6.1.4.1.318.1.1.4.1.4.0", MODEL_NUMBER))
            .tables(SPDU_OUTLETS);
}
