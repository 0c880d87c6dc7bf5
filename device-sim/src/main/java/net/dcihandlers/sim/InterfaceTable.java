package net.dcihandlers.sim;

import java.util.Arrays;
import java.util.Comparator;

import org.snmp4j.PDU;
import org.snmp4j.agent.request.RequestStatus;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * ifTable or ifXTable as one snmp4j-agent managed object whose cells are computed on demand from
 * the interfaces and the active faults, so a fault switched on between two requests shows at once.
 * Instances are indexed by ifIndex alone; walk order is column by column, rows in ifIndex order.
 * The interfaces are the same in every context: they are hardware, not part of a bridge instance.
 */
final class InterfaceTable extends ComputedCells {
    private final TableEntry entry;
    private final IfColumn[] columns;
    private final Interfaces interfaces;
    private final Faults faults;

    /** A column and an interface named by an instance OID; either may be missing. */
    private record Instance(IfColumn column, SwitchInterface iface) {
    }

    InterfaceTable(IfColumn.Table table, Interfaces interfaces, Faults faults) {
        super(table.entry());
        this.columns = Arrays.stream(IfColumn.values())
                .filter(c -> c.table() == table)
                .sorted(Comparator.comparingInt(IfColumn::subId))
                .toArray(IfColumn[]::new);
        this.entry = new TableEntry(table.entry(), Arrays.stream(columns).mapToInt(IfColumn::subId).toArray());
        this.interfaces = interfaces;
        this.faults = faults;
    }

    @Override
    Walk walk(OctetString context) {
        return entry.walk(interfaces.indexes(), (col, row) -> value(columns[col], interfaces.at(row)));
    }

    @Override
    public void get(SubRequest<?> request) {
        Instance instance = instance(request.getVariableBinding().getOid());
        if (instance.column() == null) {
            request.getVariableBinding().setVariable(Null.noSuchObject);
            request.completed();
        } else {
            answer(request, instance.iface() == null ? null : value(instance.column(), instance.iface()));
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
        int col = entry.column(oid);
        if (col < 0) {
            return new Instance(null, null);
        }
        OID index = entry.index(oid);
        if (index.size() != 1) {
            return new Instance(columns[col], null);
        }
        int position = interfaces.positionOf(index.getUnsigned(0));
        return new Instance(columns[col], position < 0 ? null : interfaces.at(position));
    }

    @Override
    public String toString() {
        return "InterfaceTable[" + entry.oid() + ", " + interfaces.size() + " rows]";
    }
}
