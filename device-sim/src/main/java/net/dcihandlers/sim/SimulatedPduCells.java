package net.dcihandlers.sim;

import java.util.Map;
import java.util.NavigableMap;

import org.snmp4j.PDU;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A PDU's vendor subtree as one snmp4j-agent managed object. Every request sees the cells computed
 * from the outlets at that instant (a few hundred at most, so they are simply rebuilt), which lets
 * a command scheduled for later show up in the very request that comes after its time.
 * A SET is accepted only on a writable column, for an outlet that exists and is present, with an
 * INTEGER the column knows; anything else is refused as an agent would (notWritable, noCreation,
 * wrongType, wrongValue, inconsistentValue), and nothing changes. A command already given to an
 * outlet cannot be taken back, as on a real PDU, so undo has nothing to do.
 */
final class SimulatedPduCells extends ComputedCells {
    /** Carries out a written command. */
    interface Commands {
        void accept(PduModel.Column column, SimulatedPduOutlet outlet, int value);
    }

    /** A writable column and an outlet named by an instance OID; either may be null. */
    private record Target(PduModel.Column column, SimulatedPduOutlet outlet) {
    }

    private final SimulatedPduMib mib;
    private final Map<Integer, SimulatedPduOutlet> outlets;
    private final Commands commands;

    SimulatedPduCells(SimulatedPduMib mib, Map<Integer, SimulatedPduOutlet> outlets, Commands commands) {
        super(mib.root());
        this.mib = mib;
        this.outlets = outlets;
        this.commands = commands;
    }

    private NavigableMap<OID, Variable> cells() {
        return mib.cells(outlets.values(), System.nanoTime());
    }

    @Override
    Walk walk(OctetString context) {
        return sorted(cells());
    }

    @Override
    public void get(SubRequest<?> request) {
        answer(request, cells().get(request.getVariableBinding().getOid()));
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
        SimulatedPduMib.Placed p = mib.columnOf(oid);
        return p == null ? new Target(null, null) : new Target(p.column(), outlets.get(oid.get(oid.size() - 1)));
    }

    @Override
    public String toString() {
        return "SimulatedPduCells[" + mib.root() + ", " + outlets.size() + " outlets]";
    }
}
