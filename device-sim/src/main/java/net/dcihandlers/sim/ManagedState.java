package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.snmp4j.PDU;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The writable state of one MIB group, an immutable snapshot replaced as a whole, so that a SET
 * behaves as RFC 3416 says: every binding of the PDU that belongs to the group is applied to a copy
 * of the state together, the result is checked as a whole (an untagged list must be a subset of the
 * egress list in the state <em>after</em> the PDU, not after each binding), and then either all of
 * it takes effect or none. Tests change the state between requests through {@link #update}.
 *
 * @param <S> the snapshot type; never mutated once published
 */
abstract class ManagedState<S> {
    private final Faults faults;
    private volatile S state;

    /** What a PDU's bindings would make of the state: a new snapshot, or the first binding refused. */
    record Outcome<S>(S state, int errorStatus, int errorAt) {
        static <S> Outcome<S> accepted(S state) {
            return new Outcome<>(state, PDU.noError, -1);
        }

        static <S> Outcome<S> refused(int errorStatus, int errorAt) {
            return new Outcome<>(null, errorStatus, errorAt);
        }

        boolean isRefused() {
            return errorStatus != PDU.noError;
        }
    }

    /** A SET in progress: its outcome, worked out once, and what to restore on undo. */
    private static final class Pending<S> {
        final List<Integer> subRequestIndexes;
        final Outcome<S> outcome;
        S before;
        boolean committed;

        Pending(List<Integer> subRequestIndexes, Outcome<S> outcome) {
            this.subRequestIndexes = subRequestIndexes;
            this.outcome = outcome;
        }
    }

    ManagedState(S initial, Faults faults) {
        this.state = initial;
        this.faults = faults;
    }

    /** The current snapshot. */
    final S state() {
        return state;
    }

    /** Changes the state outside SNMP, as an operator at the console would. */
    final synchronized void update(UnaryOperator<S> change) {
        state = change.apply(state);
        applied(state);
    }

    /** Whether a binding's OID is one of this group's objects. */
    abstract boolean covers(OID oid);

    /**
     * Applies the group's bindings of one SET PDU, in PDU order, to the given snapshot. An error
     * names the binding (its position in {@code bindings}) that is refused.
     */
    abstract Outcome<S> apply(S current, List<VariableBinding> bindings);

    /** Called after a new snapshot took effect (SET, undo, {@link #update}), for effects outside it. */
    void applied(S now) {
    }

    final void prepare(SubRequest<?> sub) {
        int refused = faults.setError();
        if (refused != PDU.noError) {
            sub.getStatus().setErrorStatus(refused);
            return;
        }
        if (!covers(sub.getVariableBinding().getOid())) {
            // a column of the group's tables that is not writable
            sub.getStatus().setErrorStatus(PDU.notWritable);
            return;
        }
        Pending<S> pending = pending(sub.getRequest());
        Outcome<S> outcome = pending.outcome;
        int mine = pending.subRequestIndexes.indexOf(sub.getIndex());
        if (outcome.isRefused() && outcome.errorAt() == mine) {
            sub.getStatus().setErrorStatus(outcome.errorStatus());
        } else {
            sub.getStatus().setPhaseComplete(true);
        }
    }

    final void commit(SubRequest<?> sub) {
        Pending<S> pending = pending(sub.getRequest());
        synchronized (this) {
            if (!pending.committed) {
                pending.before = state;
                pending.committed = true;
                state = pending.outcome.state();
                applied(state);
            }
        }
        sub.getStatus().setPhaseComplete(true);
    }

    final void undo(SubRequest<?> sub) {
        Pending<S> pending = pending(sub.getRequest());
        synchronized (this) {
            if (pending.committed) {
                pending.committed = false;
                state = pending.before;
                applied(state);
            }
        }
        sub.getStatus().setPhaseComplete(true);
    }

    final void cleanup(SubRequest<?> sub) {
        sub.getStatus().setPhaseComplete(true);
    }

    @SuppressWarnings("unchecked")
    private Pending<S> pending(Request<?, ?, ?> request) {
        Object known = request.getProcessingUserObject(this);
        if (known != null) {
            return (Pending<S>) known;
        }
        List<Integer> indexes = new ArrayList<>();
        List<VariableBinding> bindings = new ArrayList<>();
        for (Iterator<?> it = request.iterator(); it.hasNext(); ) {
            SubRequest<?> sub = (SubRequest<?>) it.next();
            VariableBinding vb = sub.getVariableBinding();
            if (covers(vb.getOid())) {
                indexes.add(sub.getIndex());
                bindings.add(vb);
            }
        }
        Pending<S> pending = new Pending<>(indexes, apply(state, bindings));
        request.setProcessingUserObject(this, pending);
        return pending;
    }
}
