package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * What one {@link SimulatedPdu} serves, read from its {@link PduModel} the same way for every
 * family: the model's scalars and the columns of its tables (without the metering tables when the
 * PDU is built without them), each cell computed from the outlets at the instant of a request.
 */
final class SimulatedPduMib {
    /** A column at its place in the MIB. */
    record Placed(OID oid, PduModel.Column column) {
    }

    private final PduModel model;
    private final String modelNumber;
    private final OID root;
    private final List<Placed> columns = new ArrayList<>();

    SimulatedPduMib(PduModel model, boolean meteredByOutlet) {
        this.model = model;
        this.modelNumber = meteredByOutlet ? model.modelNumber() : model.unmeteredModelNumber();
        this.root = new OID(model.enterprise());
        for (PduModel.Table t : model.tables()) {
            if (meteredByOutlet || !t.outletMetering()) {
                for (PduModel.Column c : t.columns()) {
                    columns.add(new Placed(new OID(t.entry()).append(c.arc()), c));
                }
            }
        }
    }

    OID root() {
        return root;
    }

    /** The model the PDU names: its metered or its unmetered model number. */
    String modelNumber() {
        return modelNumber;
    }

    /** The column whose cell an instance OID names, or null. */
    Placed columnOf(OID instance) {
        for (Placed p : columns) {
            if (instance.size() == p.oid().size() + 1 && instance.startsWith(p.oid())) {
                return p;
            }
        }
        return null;
    }

    /** Every cell as the outlets are at {@code now}, in OID order. */
    NavigableMap<OID, Variable> cells(Collection<SimulatedPduOutlet> outlets, long now) {
        NavigableMap<OID, Variable> cells = new TreeMap<>();
        int total = outlets.stream().mapToInt(o -> o.watts(now)).sum();
        for (PduModel.Scalar s : model.scalars()) {
            cells.put(new OID(s.oid()), value(s.type(), s.shows(), null, total, now));
        }
        for (Placed p : columns) {
            for (SimulatedPduOutlet o : outlets) {
                cells.put(new OID(p.oid()).append(o.number()),
                        value(p.column().type(), p.column().shows(), o, o.watts(now), now));
            }
        }
        return cells;
    }

    /** The cell of an outlet (null: of the whole PDU, drawing {@code watts}). */
    private Variable value(PduModel.SmiType type, PduModel.Cell shows, SimulatedPduOutlet o, int watts, long now) {
        if (shows instanceof PduModel.Cell.Name) {
            return Syntax.text(o.present() ? o.name() : model.emptySlotName());
        }
        if (shows instanceof PduModel.Cell.ModelNumber) {
            return Syntax.text(modelNumber);
        }
        long n;
        if (shows instanceof PduModel.Cell.Index) {
            n = o.number();
        } else if (shows instanceof PduModel.Cell.State s) {
            n = o.on(now) ? s.on() : s.off();
        } else if (shows instanceof PduModel.Cell.Pending p) {
            n = o.pending(now) ? p.yes() : p.no();
        } else if (shows instanceof PduModel.Cell.Present p) {
            n = o.present() ? p.yes() : p.no();
        } else if (shows instanceof PduModel.Cell.Power p) {
            n = p.unit().of(watts);
        } else {
            n = ((PduModel.Cell.Constant) shows).value();
        }
        return type == PduModel.SmiType.GAUGE32 ? new Gauge32(n) : new Integer32((int) n);
    }
}
