package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * What each kind of {@link SimulatedPdu} serves: its vendor subtree as table columns (indexed by
 * outlet or slot number) and scalars, each computed from the outlets when read. The objects are
 * those of IBM's BladeCenter MM MIB and APC's PowerNet-MIB, named as there; a column with
 * commands is writable and turns a written value into an outlet action.
 */
final class SimulatedPduMib {
    /** A column read from each outlet; {@code commands} maps writable values to actions (empty: read-only). */
    record Column(String name, OID oid, BiFunction<SimulatedPduOutlet, Long, Variable> read,
                  Map<Integer, SimulatedPdu.Action> commands) {
        Column(String name, String oid, BiFunction<SimulatedPduOutlet, Long, Variable> read) {
            this(name, new OID(oid), read, Map.of());
        }

        Column(String name, String oid, BiFunction<SimulatedPduOutlet, Long, Variable> read,
               Map<Integer, SimulatedPdu.Action> commands) {
            this(name, new OID(oid), read, commands);
        }
    }

    /** A single value of the whole device, computed at the time of the request. */
    record Scalar(String name, OID oid, LongFunction<Variable> read) {
    }

    /** Mains voltage the simulated load runs on, to turn watts into amps. */
    private static final int VOLTS = 230;

    private final OID root;
    private final List<Column> columns;
    private final List<Scalar> scalars;

    private SimulatedPduMib(OID root, List<Column> columns, List<Scalar> scalars) {
        this.root = root;
        this.columns = List.copyOf(columns);
        this.scalars = List.copyOf(scalars);
    }

    OID root() {
        return root;
    }

    List<Column> columns() {
        return columns;
    }

    List<Scalar> scalars() {
        return scalars;
    }

    static SimulatedPduMib of(SimulatedPdu.Kind kind, boolean meteredByOutlet, String model,
                              List<SimulatedPduOutlet> outlets) {
        List<Column> columns = new ArrayList<>();
        List<Scalar> scalars = new ArrayList<>();
        switch (kind) {
            case BLADECENTER -> {
                bladeCenter(columns);
                return new SimulatedPduMib(new OID("1.3.6.1.4.1.2"), columns, scalars);
            }
            case RPDU -> {
                rPdu(columns, scalars, model, outlets);
                // AP79xx firmware also keeps the MasterSwitch table, as the real units do
                sPdu(columns, scalars, null);
            }
            case RPDU2 -> rPdu2(columns, scalars, model, meteredByOutlet);
            case SPDU -> sPdu(columns, scalars, model);
        }
        return new SimulatedPduMib(new OID("1.3.6.1.4.1.318"), columns, scalars);
    }

    /** IBM BladeCenter management module: bladeSystemStatusTable and bladePowerRestartTable. */
    private static void bladeCenter(List<Column> c) {
        String status = "1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.";
        String control = "1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.";
        c.add(new Column("bladeStatusIndex", status + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("bladeExists", status + "3", (o, t) -> new Integer32(o.present() ? 1 : 0)));
        c.add(new Column("bladePowerState", status + "4", (o, t) -> new Integer32(o.on(t) ? 1 : 0)));
        c.add(new Column("bladeHealthState", status + "5", (o, t) -> new Integer32(o.present() ? 1 : 0)));
        c.add(new Column("bladeName", status + "6", (o, t) -> Syntax.text(o.present() ? o.name() : "(No name)")));
        c.add(new Column("powerRestartIndex", control + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("powerOnOffBlade", control + "7", (o, t) -> new Integer32(o.on(t) ? 1 : 0),
                Map.of(0, SimulatedPdu.Action.OFF, 1, SimulatedPdu.Action.ON)));
        c.add(new Column("restartBlade", control + "8", (o, t) -> new Integer32(0),
                Map.of(1, SimulatedPdu.Action.REBOOT)));
    }

    /** PowerNet-MIB rPDU (.318.1.1.12): AP79xx Switched Rack PDUs, metered per unit and bank only. */
    private static void rPdu(List<Column> c, List<Scalar> s, String model, List<SimulatedPduOutlet> outlets) {
        String ident = "1.3.6.1.4.1.318.1.1.12.1.";
        s.add(new Scalar("rPDUIdentModelNumber", new OID(ident + "5.0"), t -> Syntax.text(model)));
        s.add(new Scalar("rPDUIdentDevicePowerWatts", new OID(ident + "16.0"), t -> new Integer32(totalWatts(outlets, t))));
        s.add(new Scalar("rPDULoadStatusIndex", new OID("1.3.6.1.4.1.318.1.1.12.2.3.1.1.1.1"), t -> new Integer32(1)));
        s.add(new Scalar("rPDULoadStatusLoad", new OID("1.3.6.1.4.1.318.1.1.12.2.3.1.1.2.1"),
                t -> new Gauge32(Math.round(totalWatts(outlets, t) * 10.0 / VOLTS))));
        String control = "1.3.6.1.4.1.318.1.1.12.3.3.1.1.";
        c.add(new Column("rPDUOutletControlIndex", control + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("rPDUOutletControlOutletName", control + "2", (o, t) -> Syntax.text(o.name())));
        c.add(new Column("rPDUOutletControlOutletCommand", control + "4", (o, t) -> new Integer32(o.on(t) ? 1 : 2),
                Map.of(1, SimulatedPdu.Action.ON, 2, SimulatedPdu.Action.OFF, 3, SimulatedPdu.Action.REBOOT,
                        7, SimulatedPdu.Action.CANCEL)));
        String status = "1.3.6.1.4.1.318.1.1.12.3.5.1.1.";
        c.add(new Column("rPDUOutletStatusIndex", status + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("rPDUOutletStatusOutletName", status + "2", (o, t) -> Syntax.text(o.name())));
        c.add(new Column("rPDUOutletStatusOutletState", status + "4", (o, t) -> new Integer32(o.on(t) ? 1 : 2)));
        c.add(new Column("rPDUOutletStatusCommandPending", status + "5", (o, t) -> new Integer32(o.pending(t) ? 1 : 2)));
    }

    /** PowerNet-MIB rPDU2 (.318.1.1.26): AP8xxx Rack PDUs; per-outlet metering on metered-by-outlet models. */
    private static void rPdu2(List<Column> c, List<Scalar> s, String model, boolean meteredByOutlet) {
        s.add(new Scalar("rPDU2IdentModelNumber", new OID("1.3.6.1.4.1.318.1.1.26.2.1.8.1"), t -> Syntax.text(model)));
        String status = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.";
        c.add(new Column("rPDU2OutletSwitchedStatusIndex", status + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("rPDU2OutletSwitchedStatusModule", status + "2", (o, t) -> new Integer32(1)));
        c.add(new Column("rPDU2OutletSwitchedStatusName", status + "3", (o, t) -> Syntax.text(o.name())));
        c.add(new Column("rPDU2OutletSwitchedStatusNumber", status + "4", (o, t) -> new Integer32(o.number())));
        // off(1), on(2): the reverse of rPDU's numbering
        c.add(new Column("rPDU2OutletSwitchedStatusState", status + "5", (o, t) -> new Integer32(o.on(t) ? 2 : 1)));
        c.add(new Column("rPDU2OutletSwitchedStatusCommandPending", status + "6",
                (o, t) -> new Integer32(o.pending(t) ? 1 : 2)));
        String control = "1.3.6.1.4.1.318.1.1.26.9.2.4.1.";
        c.add(new Column("rPDU2OutletSwitchedControlIndex", control + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("rPDU2OutletSwitchedControlName", control + "3", (o, t) -> Syntax.text(o.name())));
        c.add(new Column("rPDU2OutletSwitchedControlCommand", control + "5", (o, t) -> new Integer32(o.on(t) ? 1 : 2),
                Map.of(1, SimulatedPdu.Action.ON, 2, SimulatedPdu.Action.OFF, 3, SimulatedPdu.Action.REBOOT,
                        8, SimulatedPdu.Action.CANCEL)));
        if (meteredByOutlet) {
            String metered = "1.3.6.1.4.1.318.1.1.26.9.4.3.1.";
            c.add(new Column("rPDU2OutletMeteredStatusIndex", metered + "1", (o, t) -> new Integer32(o.number())));
            c.add(new Column("rPDU2OutletMeteredStatusName", metered + "3", (o, t) -> Syntax.text(o.name())));
            c.add(new Column("rPDU2OutletMeteredStatusNumber", metered + "4", (o, t) -> new Integer32(o.number())));
            c.add(new Column("rPDU2OutletMeteredStatusCurrent", metered + "6",
                    (o, t) -> new Integer32((int) Math.round(o.watts(t) * 10.0 / VOLTS))));
            c.add(new Column("rPDU2OutletMeteredStatusPower", metered + "7", (o, t) -> new Integer32(o.watts(t))));
        }
    }

    /** PowerNet-MIB sPDU (.318.1.1.4): the MasterSwitch outlet table, where state and command are one column. */
    private static void sPdu(List<Column> c, List<Scalar> s, String model) {
        if (model != null) {
            s.add(new Scalar("sPDUIdentModelNumber", new OID("1.3.6.1.4.1.318.1.1.4.1.4.0"), t -> Syntax.text(model)));
        }
        String control = "1.3.6.1.4.1.318.1.1.4.4.2.1.";
        c.add(new Column("sPDUOutletControlIndex", control + "1", (o, t) -> new Integer32(o.number())));
        c.add(new Column("sPDUOutletPending", control + "2", (o, t) -> new Integer32(o.pending(t) ? 1 : 2)));
        c.add(new Column("sPDUOutletCtl", control + "3", (o, t) -> new Integer32(o.on(t) ? 1 : 2),
                Map.of(1, SimulatedPdu.Action.ON, 2, SimulatedPdu.Action.OFF, 3, SimulatedPdu.Action.REBOOT)));
        c.add(new Column("sPDUOutletCtlName", control + "4", (o, t) -> Syntax.text(o.name())));
    }

    private static int totalWatts(List<SimulatedPduOutlet> outlets, long now) {
        return outlets.stream().mapToInt(o -> o.watts(now)).sum();
    }
}
