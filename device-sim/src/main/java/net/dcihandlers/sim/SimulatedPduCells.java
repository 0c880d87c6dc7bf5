package net.dcihandlers.sim;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A PDU's vendor subtree as one snmp4j-agent managed object. Every request sees the cells computed
 * from the outlets at that instant (a few hundred at most, so they are simply rebuilt), which lets
 * a command scheduled for later show up in the very request that comes after its time.
 * A SET is accepted only on a writable column, for an outlet that exists and is present, with an
 * INTEGER the column knows; anything else is refused as an agent would (notWritable, noCreation,
 * wrongType, wrongValue, inconsistentValue), and nothing changes.
 */
final class SimulatedPduCells implements GenericManagedObject {
    /** Carries out a written command. */
    interface Commands {
        void accept(SimulatedPduMib.Column column, SimulatedPduOutlet outlet, int value);
    }

    /** A writable column and an outlet named by an instance OID; either may be null. */
    private record Target(SimulatedPduMib.Column column, SimulatedPduOutlet outlet) {
    }

    private final SimulatedPduMib mib;
    private final Map<Integer, SimulatedPduOutlet> outlets;
    private final Commands commands;
    private final MOScope scope;

    SimulatedPduCells(SimulatedPduMib mib, Map<Integer, SimulatedPduOutlet> outlets, Commands commands) {
        this.mib = mib;
        this.outlets = outlets;
        this.commands = commands;
        this.scope = new DefaultMOScope(mib.root(), true, mib.root().nextPeer(), false);
    }

    private NavigableMap<OID, Variable> cells() {
        long now = System.nanoTime();
        NavigableMap<OID, Variable> cells = new TreeMap<>();
        for (SimulatedPduMib.Scalar s : mib.scalars()) {
            cells.put(s.oid(), s.read().apply(now));
        }
        for (SimulatedPduMib.Column c : mib.columns()) {
            for (SimulatedPduOutlet o : outlets.values()) {
                cells.put(new OID(c.oid()).append(o.number()), c.read().apply(o, now));
            }
        }
        return cells;
    }

    @Override
    public MOScope getScope() {
        return scope;
    }

    @Override
    public OID find(MOScope range) {
        Map.Entry<OID, Variable> e = first(cells(), range);
        return e == null ? null : e.getKey();
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        Variable v = cells().get(vb.getOid());
        vb.setVariable(v != null ? v : Null.noSuchInstance);
        request.completed();
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in the interface, so it must be implemented
    public boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        NavigableMap<OID, Variable> cells = cells();
        MOScope range = request.getScope();
        Map.Entry<OID, Variable> e = first(cells, range);
        while (e != null && filter != null && !filter.apply(e.getKey())) {
            e = cells.higherEntry(e.getKey());
            if (e != null && !below(e.getKey(), range)) {
                e = null;
            }
        }
        if (e == null) {
            return false;
        }
        request.getVariableBinding().setOid(e.getKey());
        request.getVariableBinding().setVariable(e.getValue());
        request.completed();
        return true;
    }

    @Override
    public void prepare(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        int error = check(target(vb.getOid()), vb.getVariable());
        if (error != PDU.noError) {
            request.getStatus().setErrorStatus(error);
        } else {
            request.getStatus().setPhaseComplete(true);
        }
    }

    @Override
    public void commit(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        Target t = target(vb.getOid());
        commands.accept(t.column(), t.outlet(), ((Integer32) vb.getVariable()).getValue());
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void undo(SubRequest<?> request) {
        // a command already given to an outlet cannot be taken back, as on a real PDU
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        request.getStatus().setPhaseComplete(true);
    }

    private static int check(Target t, Variable value) {
        if (t.column() == null || t.column().commands().isEmpty()) {
            return PDU.notWritable;
        }
        if (t.outlet() == null) {
            return PDU.noCreation;
        }
        if (!(value instanceof Integer32 i)) {
            return PDU.wrongType;
        }
        if (!t.column().commands().containsKey(i.getValue())) {
            return PDU.wrongValue;
        }
        // an empty blade slot has nothing to switch
        return t.outlet().present() ? PDU.noError : PDU.inconsistentValue;
    }

    private Target target(OID oid) {
        for (SimulatedPduMib.Column c : mib.columns()) {
            if (oid.size() == c.oid().size() + 1 && oid.startsWith(c.oid())) {
                return new Target(c, outlets.get(oid.get(oid.size() - 1)));
            }
        }
        return new Target(null, null);
    }

    private static Map.Entry<OID, Variable> first(NavigableMap<OID, Variable> cells, MOScope range) {
        OID lower = range.getLowerBound();
        Map.Entry<OID, Variable> e = range.isLowerIncluded() ? cells.ceilingEntry(lower) : cells.higherEntry(lower);
        return e != null && below(e.getKey(), range) ? e : null;
    }

    private static boolean below(OID oid, MOScope range) {
        OID upper = range.getUpperBound();
        if (upper == null) {
            return true;
        }
        int c = oid.compareTo(upper);
        return c < 0 || (c == 0 && range.isUpperIncluded());
    }

    @Override
    public String toString() {
        return "SimulatedPduCells[" + mib.root() + ", " + outlets.size() + " outlets]";
    }
}
