package net.dcihandlers.sim;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The VTP management domain (index 1) of the {@link SwitchModel#CISCO_IOS} switch, a VTP server:
 * its VLANs (CISCO-VTP-MIB vtpVlanTable: state, type, name) and the edit buffer through which
 * they change.
 *
 * <p>The edit buffer, as CISCO-VTP-MIB describes it: vtpVlanEditOperation copy(2) makes a buffer
 * holding a copy of the VLANs, and must come with vtpVlanEditBufferOwner in the same PDU; it is
 * {@code inconsistentValue} while someone else's buffer exists. The buffer's rows
 * (vtpVlanEditTable, index domain.vlan) are then writable: vtpVlanEditName (1 to 32 octets).
 * apply(3) copies the buffer into the VLANs; vtpVlanApplyStatus reads inProgress(1) for a moment
 * (the {@code applyDelay}) and then succeeded(2). release(4) discards the buffer and its owner.
 * apply and restartTimer(5) without a buffer are {@code inconsistentValue}; an edit row of a
 * buffer that does not exist is {@code noCreation}. VLANs are not created or deleted here.
 */
public final class VtpDomain extends ManagedState<VtpDomain.Snapshot> {
    static final int DOMAIN = 1;
    static final String VLAN_ENTRY = "1.3.6.1.4.1.9.9.46.1.3.1.1";
    static final String EDIT_CONTROL_ENTRY = "1.3.6.1.4.1.9.9.46.1.4.1.1";
    static final String EDIT_ENTRY = "1.3.6.1.4.1.9.9.46.1.4.2.1";
    static final int EDIT_OPERATION = 1;
    static final int APPLY_STATUS = 2;
    static final int EDIT_BUFFER_OWNER = 3;
    static final int EDIT_NAME = 4;

    public static final int OP_NONE = 1;
    public static final int OP_COPY = 2;
    public static final int OP_APPLY = 3;
    public static final int OP_RELEASE = 4;
    public static final int OP_RESTART_TIMER = 5;
    public static final int APPLY_IN_PROGRESS = 1;
    public static final int APPLY_SUCCEEDED = 2;

    private static final int MAX_OWNER_OCTETS = 255;
    private static final int MAX_NAME_OCTETS = 32;

    /**
     * The VLANs by id; the edit buffer (null when there is none) and its owner ("" then); when the
     * last apply finishes, in System.nanoTime() terms.
     */
    record Snapshot(SortedMap<Integer, String> names, SortedMap<Integer, String> buffer, String owner,
                    long applyDoneNanos) {
        Snapshot {
            names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
            buffer = buffer == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(buffer));
        }
    }

    private final long applyDelayNanos;

    VtpDomain(Map<Integer, String> vlans, long applyDelayNanos, Faults faults) {
        super(new Snapshot(initial(vlans), null, "", 0), faults);
        this.applyDelayNanos = applyDelayNanos;
    }

    /** VLAN 1 "default", the FDDI and Token Ring defaults 1002-1005 every Catalyst lists, and the given VLANs. */
    private static SortedMap<Integer, String> initial(Map<Integer, String> vlans) {
        SortedMap<Integer, String> names = new TreeMap<>();
        names.put(1, "default");
        names.put(1002, "fddi-default");
        names.put(1003, "token-ring-default");
        names.put(1004, "fddinet-default");
        names.put(1005, "trnet-default");
        names.putAll(vlans);
        return names;
    }

    /** The VLAN ids, ascending. */
    public SortedSet<Integer> vlanIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(state().names().keySet()));
    }

    /** vtpVlanName, or null if the VLAN does not exist. */
    public String vlanName(int vlan) {
        return state().names().get(vlan);
    }

    public boolean exists(int vlan) {
        return state().names().containsKey(vlan);
    }

    /** Whether an edit buffer exists (copied and not yet released). */
    public boolean editBufferInUse() {
        return state().buffer() != null;
    }

    /** vtpVlanEditBufferOwner: "" while no buffer exists. */
    public String editBufferOwner() {
        return state().owner();
    }

    /** vtpVlanApplyStatus. */
    public int applyStatus() {
        return System.nanoTime() - state().applyDoneNanos() < 0 ? APPLY_IN_PROGRESS : APPLY_SUCCEEDED;
    }

    /** vtpVlanType: ethernet(1), except the legacy defaults fddi(2), tokenRing(3), fddiNet(4), trNet(5). */
    static int type(int vlan) {
        return vlan >= 1002 && vlan <= 1005 ? vlan - 1000 : 1;
    }

    @Override
    boolean covers(OID oid) {
        OID control = new OID(EDIT_CONTROL_ENTRY);
        OID edit = new OID(EDIT_ENTRY);
        if (oid.startsWith(control) && oid.size() > control.size()) {
            int column = oid.get(control.size());
            return column == EDIT_OPERATION || column == EDIT_BUFFER_OWNER;
        }
        return oid.startsWith(edit) && oid.size() > edit.size() && oid.get(edit.size()) == EDIT_NAME;
    }

    @Override
    Outcome<Snapshot> apply(Snapshot current, List<VariableBinding> bindings) {
        OID control = new OID(EDIT_CONTROL_ENTRY);
        int ownerAt = -1;
        String owner = null;
        int opAt = -1;
        int op = OP_NONE;
        for (int i = 0; i < bindings.size(); i++) {
            OID oid = bindings.get(i).getOid();
            if (!oid.startsWith(control)) {
                continue;
            }
            if (oid.size() != control.size() + 2 || oid.get(control.size() + 1) != DOMAIN) {
                return Outcome.refused(PDU.noCreation, i);
            }
            if (oid.get(control.size()) == EDIT_BUFFER_OWNER) {
                byte[] octets = Syntax.octets(bindings.get(i).getVariable());
                if (octets == null) {
                    return Outcome.refused(PDU.wrongType, i);
                }
                if (octets.length > MAX_OWNER_OCTETS) {
                    return Outcome.refused(PDU.wrongLength, i);
                }
                owner = Syntax.text(octets);
                ownerAt = i;
            } else {
                Integer value = Syntax.integer(bindings.get(i).getVariable());
                if (value == null) {
                    return Outcome.refused(PDU.wrongType, i);
                }
                if (value < OP_NONE || value > OP_RESTART_TIMER) {
                    return Outcome.refused(PDU.wrongValue, i);
                }
                op = value;
                opAt = i;
            }
        }

        SortedMap<Integer, String> names = current.names();
        SortedMap<Integer, String> buffer = current.buffer() == null ? null : new TreeMap<>(current.buffer());
        String bufferOwner = current.owner();
        long applyDone = current.applyDoneNanos();
        if (ownerAt >= 0 && op != OP_COPY) {
            // the owner is named when the buffer is taken, and only then
            return Outcome.refused(PDU.inconsistentValue, ownerAt);
        }
        if (op == OP_COPY) {
            if (buffer != null) {
                return Outcome.refused(PDU.inconsistentValue, opAt);
            }
            if (ownerAt < 0) {
                return Outcome.refused(PDU.inconsistentValue, opAt);
            }
            buffer = new TreeMap<>(names);
            bufferOwner = owner;
        }

        OID edit = new OID(EDIT_ENTRY);
        for (int i = 0; i < bindings.size(); i++) {
            OID oid = bindings.get(i).getOid();
            if (!oid.startsWith(edit)) {
                continue;
            }
            boolean rowExists = buffer != null && oid.size() == edit.size() + 3
                    && oid.get(edit.size() + 1) == DOMAIN && buffer.containsKey(oid.get(edit.size() + 2));
            if (!rowExists) {
                return Outcome.refused(PDU.noCreation, i);
            }
            byte[] octets = Syntax.octets(bindings.get(i).getVariable());
            if (octets == null) {
                return Outcome.refused(PDU.wrongType, i);
            }
            if (octets.length < 1 || octets.length > MAX_NAME_OCTETS) {
                return Outcome.refused(PDU.wrongLength, i);
            }
            buffer.put(oid.get(edit.size() + 2), Syntax.text(octets));
        }

        switch (op) {
            case OP_APPLY -> {
                if (buffer == null) {
                    return Outcome.refused(PDU.inconsistentValue, opAt);
                }
                names = buffer;
                applyDone = System.nanoTime() + applyDelayNanos;
            }
            case OP_RELEASE -> {
                buffer = null;
                bufferOwner = "";
            }
            case OP_RESTART_TIMER -> {
                if (buffer == null) {
                    return Outcome.refused(PDU.inconsistentValue, opAt);
                }
            }
            default -> {
            }
        }
        return Outcome.accepted(new Snapshot(names, buffer, bufferOwner, applyDone));
    }
}
