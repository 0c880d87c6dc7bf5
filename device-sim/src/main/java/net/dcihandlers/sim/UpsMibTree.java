package net.dcihandlers.sim;

import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * A read-only subtree served from a sorted snapshot of its instances, taken afresh for every
 * request: the simulated UPS's whole UPS-MIB in one managed object, so values a test changes show
 * with the next request and a table row exists exactly when the snapshot holds its cells.
 */
final class UpsMibTree implements GenericManagedObject {
    private final OID root;
    private final Supplier<SortedMap<OID, Variable>> snapshot;
    private final MOScope scope;

    UpsMibTree(OID root, Supplier<SortedMap<OID, Variable>> snapshot) {
        this.root = root;
        this.snapshot = snapshot;
        this.scope = new DefaultMOScope(root, true, root.nextPeer(), false);
    }

    @Override
    public MOScope getScope() {
        return scope;
    }

    @Override
    public OID find(MOScope range) {
        Map.Entry<OID, Variable> first = firstFrom(snapshot.get(), range.getLowerBound(), range.isLowerIncluded(), range);
        return first == null ? null : first.getKey();
    }

    @Override
    public void get(SubRequest<?> request) {
        Variable v = snapshot.get().get(request.getVariableBinding().getOid());
        request.getVariableBinding().setVariable(v != null ? v : Null.noSuchInstance);
        request.completed();
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in the interface, so it must be implemented
    public boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        SortedMap<OID, Variable> values = snapshot.get();
        MOScope range = request.getScope();
        OID from = range.getLowerBound();
        boolean inclusive = range.isLowerIncluded();
        while (true) {
            Map.Entry<OID, Variable> e = firstFrom(values, from, inclusive, range);
            if (e == null) {
                return false;
            }
            if (filter == null || filter.apply(e.getKey())) {
                request.getVariableBinding().setOid(e.getKey());
                request.getVariableBinding().setVariable(e.getValue());
                request.completed();
                return true;
            }
            from = e.getKey();
            inclusive = false;
        }
    }

    /** A UPS's measurements are the UPS's to change, not a manager's. */
    @Override
    public void prepare(SubRequest<?> request) {
        request.getStatus().setErrorStatus(PDU.notWritable);
    }

    @Override
    public void commit(SubRequest<?> request) {
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void undo(SubRequest<?> request) {
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        request.getStatus().setPhaseComplete(true);
    }

    private static Map.Entry<OID, Variable> firstFrom(SortedMap<OID, Variable> values, OID from, boolean inclusive,
                                                      MOScope range) {
        for (Map.Entry<OID, Variable> e : values.tailMap(from).entrySet()) {
            if (!inclusive && e.getKey().equals(from)) {
                continue;
            }
            OID upper = range.getUpperBound();
            if (upper != null) {
                int c = e.getKey().compareTo(upper);
                if (c > 0 || (c == 0 && !range.isUpperIncluded())) {
                    return null;
                }
            }
            return e;
        }
        return null;
    }

    @Override
    public String toString() {
        return "UpsMibTree[" + root + "]";
    }
}
