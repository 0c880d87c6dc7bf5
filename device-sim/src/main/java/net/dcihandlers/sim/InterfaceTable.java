package net.dcihandlers.sim;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.RequestStatus;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * ifTable or ifXTable as one snmp4j-agent managed object whose cells are computed on demand from
 * the interfaces and the active faults. Nothing is copied per cell, so a 1000-port switch costs no
 * more to start than a 4-port one, and a fault switched on between two requests shows at once.
 * Instances are indexed by ifIndex alone; walk order is column by column, rows in ifIndex order.
 */
final class InterfaceTable implements GenericManagedObject {
    private final OID entry;
    private final IfColumn[] columns;
    private final Interfaces interfaces;
    private final Faults faults;
    private final MOScope scope;

    private record Cell(OID oid, Variable value) {
    }

    /** A column and an interface named by an instance OID; either may be missing. */
    private record Instance(IfColumn column, SwitchInterface iface) {
    }

    InterfaceTable(IfColumn.Table table, Interfaces interfaces, Faults faults) {
        this.entry = table.entry();
        this.columns = Arrays.stream(IfColumn.values())
                .filter(c -> c.table() == table)
                .sorted(Comparator.comparingInt(IfColumn::subId))
                .toArray(IfColumn[]::new);
        this.interfaces = interfaces;
        this.faults = faults;
        this.scope = new DefaultMOScope(entry, true, entry.nextPeer(), false);
    }

    @Override
    public MOScope getScope() {
        return scope;
    }

    @Override
    public OID find(MOScope range) {
        Cell cell = firstCellFrom(range.getLowerBound(), range.isLowerIncluded());
        return cell != null && isBelowUpperBound(cell.oid(), range) ? cell.oid() : null;
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        Instance instance = instance(vb.getOid());
        if (instance.column() == null) {
            vb.setVariable(Null.noSuchObject);
        } else if (instance.iface() == null) {
            vb.setVariable(Null.noSuchInstance);
        } else {
            Variable value = value(instance.column(), instance.iface());
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
        MOScope range = request.getScope();
        OID from = range.getLowerBound();
        boolean inclusive = range.isLowerIncluded();
        while (true) {
            Cell cell = firstCellFrom(from, inclusive);
            if (cell == null || !isBelowUpperBound(cell.oid(), range)) {
                return false;
            }
            if (filter == null || filter.apply(cell.oid())) {
                request.getVariableBinding().setOid(cell.oid());
                request.getVariableBinding().setVariable(cell.value());
                request.completed();
                return true;
            }
            from = cell.oid();
            inclusive = false;
        }
    }

    @Override
    public void prepare(SubRequest<?> request) {
        RequestStatus status = request.getStatus();
        int refused = faults.setError();
        if (refused != PDU.noError) {
            status.setErrorStatus(refused);
            return;
        }
        Instance instance = instance(request.getVariableBinding().getOid());
        if (instance.column() == null || instance.iface() == null) {
            // rows cannot be created: interfaces are hardware
            status.setErrorStatus(PDU.noCreation);
            return;
        }
        int error = instance.column().checkWrite(request.getVariableBinding().getVariable());
        if (error != PDU.noError) {
            status.setErrorStatus(error);
        } else {
            status.setPhaseComplete(true);
        }
    }

    @Override
    public void commit(SubRequest<?> request) {
        Instance instance = instance(request.getVariableBinding().getOid());
        request.setUndoValue(instance.column().read(instance.iface()));
        instance.column().write(instance.iface(), request.getVariableBinding().getVariable());
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void undo(SubRequest<?> request) {
        Instance instance = instance(request.getVariableBinding().getOid());
        if (request.getUndoValue() instanceof Variable) {
            instance.column().write(instance.iface(), (Variable) request.getUndoValue());
        }
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        request.setUndoValue(null);
        request.getStatus().setPhaseComplete(true);
    }

    private Variable value(IfColumn column, SwitchInterface iface) {
        return faults.cell(column, iface.ifIndex(), column.read(iface));
    }

    private Instance instance(OID oid) {
        int n = entry.size();
        if (!oid.startsWith(entry) || oid.size() <= n) {
            return new Instance(null, null);
        }
        IfColumn column = null;
        for (IfColumn c : columns) {
            if (c.subId() == oid.get(n)) {
                column = c;
                break;
            }
        }
        if (column == null || oid.size() != n + 2) {
            return new Instance(column, null);
        }
        int position = interfaces.positionOf(oid.getUnsigned(n + 1));
        return new Instance(column, position < 0 ? null : interfaces.at(position));
    }

    /** The first present cell at or after {@code from} (after only, unless {@code inclusive}). */
    private Cell firstCellFrom(OID from, boolean inclusive) {
        int n = entry.size();
        int col = 0;
        int row = 0;
        if (!from.startsWith(entry)) {
            if (from.compareTo(entry) > 0) {
                return null;
            }
        } else if (from.size() > n) {
            long colId = from.getUnsigned(n);
            while (col < columns.length && columns[col].subId() < colId) {
                col++;
            }
            if (col < columns.length && columns[col].subId() == colId && from.size() > n + 1) {
                // an index longer than one sub-identifier sorts after the row of its first one
                boolean rowItselfIncluded = inclusive && from.size() == n + 2;
                row = interfaces.firstPositionFrom(from.getUnsigned(n + 1), rowItselfIncluded);
            }
        }
        for (; col < columns.length; col++, row = 0) {
            for (; row < interfaces.size(); row++) {
                SwitchInterface iface = interfaces.at(row);
                Variable value = value(columns[col], iface);
                if (value != null) {
                    OID oid = new OID(entry);
                    oid.append(columns[col].subId());
                    oid.append(iface.ifIndex());
                    return new Cell(oid, value);
                }
            }
        }
        return null;
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
        return "InterfaceTable[" + entry + ", " + interfaces.size() + " rows]";
    }
}
