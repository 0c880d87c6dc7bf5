package net.dcihandlers.sim;

import java.util.NavigableMap;
import java.util.function.Supplier;

import org.snmp4j.PDU;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * A read-only subtree served from a sorted snapshot of its instances, taken afresh for every
 * request: the simulated UPS's whole UPS-MIB in one managed object, so values a test changes show
 * with the next request and a table row exists exactly when the snapshot holds its cells.
 */
final class UpsMibTree extends ComputedCells {
    private final OID root;
    private final Supplier<NavigableMap<OID, Variable>> snapshot;

    UpsMibTree(OID root, Supplier<NavigableMap<OID, Variable>> snapshot) {
        super(root);
        this.root = root;
        this.snapshot = snapshot;
    }

    @Override
    Walk walk(OctetString context) {
        return sorted(snapshot.get());
    }

    @Override
    public void get(SubRequest<?> request) {
        answer(request, snapshot.get().get(request.getVariableBinding().getOid()));
    }

    /** A UPS's measurements are the UPS's to change, not a manager's. */
    @Override
    public void prepare(SubRequest<?> request) {
        request.getStatus().setErrorStatus(PDU.notWritable);
    }

    @Override
    public String toString() {
        return "UpsMibTree[" + root + "]";
    }
}
