package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOContextScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A conceptual table (one MIB entry) whose cells are computed on demand from simulator state, for
 * the MIB groups beyond IF-MIB. Rows may differ per context (Cisco's per-VLAN BRIDGE-MIB). A table
 * with a {@link ManagedState} takes SETs through it; without one, every SET is refused as a real
 * agent refuses a read-only object.
 */
final class MibTable implements GenericManagedObject {

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

    private final OID entry;
    private final List<Column> columns;
    private final Rows rows;
    private final ManagedState<?> writes;
    private final MOScope scope;

    MibTable(String entry, Rows rows, ManagedState<?> writes, Column... columns) {
        this.entry = new OID(entry);
        List<Column> sorted = new ArrayList<>(List.of(columns));
        sorted.sort(Comparator.comparingInt(Column::subId));
        this.columns = List.copyOf(sorted);
        this.rows = rows;
        this.writes = writes;
        this.scope = new DefaultMOScope(this.entry, true, this.entry.nextPeer(), false);
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
    public MOScope getScope() {
        return scope;
    }

    @Override
    public OID find(MOScope range) {
        VariableBinding found = first(context(range), range);
        return found == null ? null : found.getOid();
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        OctetString context = context(request.getScope());
        Column column = column(vb.getOid());
        if (column == null) {
            vb.setVariable(Null.noSuchObject);
        } else {
            OID index = indexOf(vb.getOid());
            Variable value = rows.indexes(context).contains(index) ? column.cell().read(context, index) : null;
            vb.setVariable(value != null ? value : Null.noSuchInstance);
        }
        request.completed();
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in the interface, so it must be implemented
    public boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        OctetString context = context(request.getScope());
        MOScope range = request.getScope();
        OID from = range.getLowerBound();
        boolean inclusive = range.isLowerIncluded();
        while (true) {
            VariableBinding cell = first(context, new DefaultMOScope(from, inclusive, range.getUpperBound(),
                    range.isUpperIncluded()));
            if (cell == null) {
                return false;
            }
            if (filter == null || filter.apply(cell.getOid())) {
                request.getVariableBinding().setOid(cell.getOid());
                request.getVariableBinding().setVariable(cell.getVariable());
                request.completed();
                return true;
            }
            from = cell.getOid();
            inclusive = false;
        }
    }

    @Override
    public void prepare(SubRequest<?> request) {
        if (writes != null) {
            writes.prepare(request);
            return;
        }
        OID oid = request.getVariableBinding().getOid();
        OctetString context = context(request.getScope());
        Column column = column(oid);
        boolean exists = column != null && rows.indexes(context).contains(indexOf(oid))
                && column.cell().read(context, indexOf(oid)) != null;
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
            request.getStatus().setPhaseComplete(true);
        }
    }

    /** The first present cell within the range, in walk order (column by column, rows ascending). */
    private VariableBinding first(OctetString context, MOScope range) {
        OID from = range.getLowerBound();
        boolean inclusive = range.isLowerIncluded();
        if (from == null) {
            from = entry;
            inclusive = true;
        }
        int n = entry.size();
        int col = 0;
        OID rowFrom = null;
        boolean rowInclusive = true;
        if (!from.startsWith(entry)) {
            if (from.compareTo(entry) > 0) {
                return null;
            }
        } else if (from.size() > n) {
            long colId = from.getUnsigned(n);
            while (col < columns.size() && columns.get(col).subId() < colId) {
                col++;
            }
            if (col < columns.size() && columns.get(col).subId() == colId && from.size() > n + 1) {
                rowFrom = indexOf(from);
                rowInclusive = inclusive;
            }
        }
        List<OID> indexes = rows.indexes(context);
        for (; col < columns.size(); col++, rowFrom = null, rowInclusive = true) {
            Column column = columns.get(col);
            int row = rowFrom == null ? 0 : firstRowFrom(indexes, rowFrom, rowInclusive);
            for (; row < indexes.size(); row++) {
                OID index = indexes.get(row);
                Variable value = column.cell().read(context, index);
                if (value != null) {
                    OID oid = new OID(entry).append(column.subId()).append(index);
                    return isBelowUpperBound(oid, range) ? new VariableBinding(oid, value) : null;
                }
            }
        }
        return null;
    }

    private static int firstRowFrom(List<OID> indexes, OID from, boolean inclusive) {
        int found = Collections.binarySearch(indexes, from);
        if (found >= 0) {
            return inclusive ? found : found + 1;
        }
        return -found - 1;
    }

    private Column column(OID oid) {
        int n = entry.size();
        if (!oid.startsWith(entry) || oid.size() <= n) {
            return null;
        }
        for (Column c : columns) {
            if (c.subId() == oid.get(n)) {
                return c;
            }
        }
        return null;
    }

    /** The index part of an instance OID (empty when the OID names no row). */
    private OID indexOf(OID oid) {
        int skip = entry.size() + 1;
        return oid.size() <= skip ? new OID() : new OID(oid.getValue(), skip, oid.size() - skip);
    }

    static OctetString context(MOScope scope) {
        if (scope instanceof MOContextScope contextScope && contextScope.getContext() != null) {
            return contextScope.getContext();
        }
        return new OctetString();
    }

    private static boolean isBelowUpperBound(OID oid, MOScope range) {
        OID upper = range.getUpperBound();
        if (upper == null) {
            return true;
        }
        int c = oid.compareTo(upper);
        return c < 0 || (c == 0 && range.isUpperIncluded());
    }

    @Override
    public String toString() {
        return "MibTable[" + entry + "]";
    }
}
