package net.dcihandlers.sim;

import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOContextScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * A managed object serving one subtree whose cells are computed when a request asks for them, from
 * state that tests change while the agent runs. It answers snmp4j-agent's lookups and GETNEXT and
 * GETBULK steps from the first present cell at or after an OID; a subclass says what that cell is
 * ({@link #walk}), answers GETs and takes or refuses SETs. With nothing to commit, undo or clean up,
 * those phases just complete.
 */
abstract class ComputedCells implements GenericManagedObject {
    /** A present cell as a walk finds it: its instance OID and value. */
    record Binding(OID oid, Variable value) {
    }

    /** The cells as one request sees them, in OID order. */
    interface Walk {
        /** The first present cell at or after {@code from} (after only, unless {@code inclusive}), or null. */
        Binding firstFrom(OID from, boolean inclusive);
    }

    private final OID root;
    private final MOScope scope;

    ComputedCells(OID root) {
        this.root = new OID(root);
        this.scope = new DefaultMOScope(this.root, true, this.root.nextPeer(), false);
    }

    /**
     * The cells a request in this context sees (empty: the default context). Taken once a request,
     * so cells computed up front stay the same while a filter skips some of them.
     */
    abstract Walk walk(OctetString context);

    @Override
    public final MOScope getScope() {
        return scope;
    }

    @Override
    public final OID find(MOScope range) {
        Binding cell = firstWithin(walk(context(range)), range, range.getLowerBound(), range.isLowerIncluded());
        return cell == null ? null : cell.oid();
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in the interface, so it must be implemented
    public final boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public final boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        MOScope range = request.getScope();
        Walk walk = walk(context(range));
        OID from = range.getLowerBound();
        boolean inclusive = range.isLowerIncluded();
        while (true) {
            Binding cell = firstWithin(walk, range, from, inclusive);
            if (cell == null) {
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

    /** Answers a GET with the value, or noSuchInstance where there is none. */
    static void answer(SubRequest<?> request, Variable value) {
        request.getVariableBinding().setVariable(value != null ? value : Null.noSuchInstance);
        request.completed();
    }

    /** The context a request is in; empty for the default context. */
    static OctetString context(MOScope scope) {
        if (scope instanceof MOContextScope contextScope && contextScope.getContext() != null) {
            return contextScope.getContext();
        }
        return new OctetString();
    }

    /** A walk over cells computed up front, e.g. a snapshot of the whole subtree. */
    static Walk sorted(NavigableMap<OID, Variable> cells) {
        return (from, inclusive) -> {
            Map.Entry<OID, Variable> e = inclusive ? cells.ceilingEntry(from) : cells.higherEntry(from);
            return e == null ? null : new Binding(e.getKey(), e.getValue());
        };
    }

    private Binding firstWithin(Walk walk, MOScope range, OID from, boolean inclusive) {
        Binding cell = from == null ? walk.firstFrom(root, true) : walk.firstFrom(from, inclusive);
        return cell != null && isBelowUpperBound(cell.oid(), range) ? cell : null;
    }

    private static boolean isBelowUpperBound(OID oid, MOScope range) {
        OID upper = range.getUpperBound();
        if (upper == null) {
            return true;
        }
        int c = oid.compareTo(upper);
        return c < 0 || (c == 0 && range.isUpperIncluded());
    }
}
