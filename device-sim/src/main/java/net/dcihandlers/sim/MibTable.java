package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * A conceptual table (one MIB entry) whose cells are computed on demand from simulator state, for
 * the MIB groups beyond IF-MIB. Rows may differ per context (Cisco's per-VLAN BRIDGE-MIB). A table
 * with a {@link ManagedState} takes SETs through it; without one, every SET is refused as a real
 * agent refuses a read-only object.
 */
final class MibTable extends ComputedCells {

    /** The row indexes that exist in a context (empty = the default context), in ascending order. */
    interface Rows {
        List<OID> indexes(OctetString context);
    }

    /** One cell's value, or null where the row has no value in this column. */
    interface Cell {
        Variable read(OctetString context, OID index);
    }

    record Column(int subId, Cell cell) {
    }

    private final TableEntry entry;
    private final List<Column> columns;
    private final Rows rows;
    private final ManagedState<?> writes;

    MibTable(String entry, Rows rows, ManagedState<?> writes, Column... columns) {
        super(new OID(entry));
        List<Column> sorted = new ArrayList<>(List.of(columns));
        sorted.sort(Comparator.comparingInt(Column::subId));
        this.columns = List.copyOf(sorted);
        this.entry = new TableEntry(new OID(entry), this.columns.stream().mapToInt(Column::subId).toArray());
        this.rows = rows;
        this.writes = writes;
    }

    /** A table whose rows are single-sub-identifier indexes, e.g. ifIndex or bridge port. */
    static Rows singleIndexRows(Function<OctetString, List<Integer>> indexes) {
        return context -> {
            List<OID> out = new ArrayList<>();
            for (int i : indexes.apply(context)) {
                out.add(new OID(new int[]{i}));
            }
            Collections.sort(out);
            return out;
        };
    }

    @Override
    Walk walk(OctetString context) {
        List<OID> indexes = rows.indexes(context);
        return entry.walk(indexes, (col, row) -> columns.get(col).cell().read(context, indexes.get(row)));
    }

    @Override
    public void get(SubRequest<?> request) {
        OID oid = request.getVariableBinding().getOid();
        int col = entry.column(oid);
        if (col < 0) {
            request.getVariableBinding().setVariable(Null.noSuchObject);
            request.completed();
        } else {
            answer(request, read(context(request.getScope()), columns.get(col), entry.index(oid)));
        }
    }

    @Override
    public void prepare(SubRequest<?> request) {
        if (writes != null) {
            writes.prepare(request);
            return;
        }
        OID oid = request.getVariableBinding().getOid();
        int col = entry.column(oid);
        boolean exists = col >= 0 && read(context(request.getScope()), columns.get(col), entry.index(oid)) != null;
        request.getStatus().setErrorStatus(exists ? PDU.notWritable : PDU.noCreation);
    }

    @Override
    public void commit(SubRequest<?> request) {
        writes.commit(request);
    }

    @Override
    public void undo(SubRequest<?> request) {
        writes.undo(request);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        if (writes != null) {
            writes.cleanup(request);
        } else {
            super.cleanup(request);
        }
    }

    /** The cell of a row the context has, or null. */
    private Variable read(OctetString context, Column column, OID index) {
        return rows.indexes(context).contains(index) ? column.cell().read(context, index) : null;
    }

    @Override
    public String toString() {
        return "MibTable[" + entry.oid() + "]";
    }
}
