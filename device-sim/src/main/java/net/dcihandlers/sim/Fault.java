package net.dcihandlers.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A misbehaviour of a real agent that the simulated switch can show, switchable while it runs
 * ({@link SimulatedSwitch#setFaults}). Several can be active at once.
 *
 * <p>Each fault acts at one of five points, and overrides only the hook for its point:
 * <ol>
 *   <li>the request gate, before the agent decodes the datagram ({@link #swallows}, {@link #delayMillis}):
 *       SILENT, DROP, SLOW;</li>
 *   <li>the values the interface tables serve ({@link #cell}): PARTIAL_TABLE, WRONG_TYPES;</li>
 *   <li>the order GETNEXT and GETBULK walk a table in ({@link #walkedEntry}, {@link #nextInstead}):
 *       OUT_OF_ORDER, IN_CIRCLES;</li>
 *   <li>SET processing ({@link #setError}): SET refusals;</li>
 *   <li>the response, just before it is sent ({@link #shapeResponse}): TOO_BIG, MAX_BINDINGS,
 *       WRONG_TYPES under any OID.</li>
 * </ol>
 * A new fault is a new subclass here that overrides one of these hooks.
 */
public abstract sealed class Fault {

    Fault() {
    }

    /** Never answers anything, as an agent whose host is down or whose ACL drops us. */
    public static Fault silent() {
        return new Silent();
    }

    /** Waits before handling each request; requests queue behind each other, as on a busy agent. */
    public static Fault slow(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new Slow(delay.toMillis());
    }

    /** Drops every n-th request (counted from when the faults were set), as a lossy link does. */
    public static Fault dropEvery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new Drop(n);
    }

    /**
     * Answers tooBig, with no bindings, to any request whose response would carry more than
     * {@code maxBindings} bindings, as an agent with a small buffer does even for GETBULK.
     */
    public static Fault tooBig(int maxBindings) {
        return new TooBig(positive(maxBindings));
    }

    /** Truncates GETBULK responses to {@code n} bindings, as snmpsim does at 64. */
    public static Fault maxBindings(int n) {
        return new MaxBindings(positive(n));
    }

    /**
     * PARTIAL_TABLE: the column has no instance for these interfaces (GET answers noSuchInstance,
     * walks skip it), as agents that leave a column empty for some rows.
     */
    public static Fault missingCells(IfColumn column, int... ifIndexes) {
        return new MissingCells(column, Arrays.stream(ifIndexes).boxed().collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * PARTIAL_TABLE: the given columns (all columns of both tables if none are given) end after the
     * row with {@code lastIfIndex}, as a table that ends early.
     */
    public static Fault columnsEndAfter(int lastIfIndex, IfColumn... columns) {
        Set<IfColumn> affected = columns.length == 0 ? EnumSet.allOf(IfColumn.class) : EnumSet.copyOf(Arrays.asList(columns));
        return new ColumnsEndAfter(lastIfIndex, affected);
    }

    /**
     * WRONG_TYPES: the column's values come as OCTET STRINGs holding their decimal text
     * (ifAdminStatus 1 becomes the string "1").
     */
    public static Fault wrongType(IfColumn column) {
        return new WrongType(column);
    }

    /**
     * WRONG_TYPES under any subtree, on any simulated device: every value whose OID lies under
     * {@code subtree} is answered as an OCTET STRING holding its text (an INTEGER 1 becomes "1"),
     * as agents do that serve a MIB object with the wrong syntax.
     */
    public static Fault wrongTypeUnder(String subtree) {
        return new WrongTypeUnder(new OID(subtree));
    }

    /**
     * OUT_OF_ORDER: GETNEXT and GETBULK walk each column of the table {@code entry} (its entry
     * OID, as 1.3.6.1.2.1.17.4.3.1 for dot1dTpFdbEntry) with neighbouring rows swapped (row 2,
     * row 1, row 4, row 3, ...), so that every other OID a walk returns does not increase. Every
     * row is still reached once: an agent that walks its forwarding table in its own order, as a
     * BDCOM S5612 does, which net-snmp's {@code snmpwalk -Cc} reads whole.
     */
    public static Fault outOfOrder(String entry) {
        return new OutOfOrder(new OID(entry));
    }

    /**
     * IN_CIRCLES: GETNEXT from row {@code rows} of any column of the table {@code entry} answers
     * with the column's first row again, so that a client following the agent walks the first
     * rows for ever, as a broken agent whose walk loops does.
     */
    public static Fault inCircles(String entry, int rows) {
        return new InCircles(new OID(entry), positive(rows));
    }

    /**
     * Refuses every SET with this SNMP error status, e.g. {@code PDU.noAccess} (6),
     * {@code PDU.notWritable} (17), {@code PDU.wrongValue} (10); nothing changes.
     */
    public static Fault refuseSets(int errorStatus) {
        if (errorStatus <= PDU.noError || errorStatus > PDU.inconsistentName) {
            throw new IllegalArgumentException("not an SNMP error status: " + errorStatus);
        }
        return new RefuseSets(errorStatus);
    }

    // Hooks, one per point where a fault can act. The defaults leave the agent alone.

    /** Whether the request numbered {@code requestNumber} (1-based, since the faults were set) gets no answer. */
    boolean swallows(long requestNumber) {
        return false;
    }

    /** How long to wait before handling each request. */
    long delayMillis() {
        return 0;
    }

    /** The value served for one cell, given the true one; {@code null} means the cell is absent. */
    Variable cell(IfColumn column, int ifIndex, Variable value) {
        return value;
    }

    /** The table entry whose walk order this fault changes, or null. */
    OID walkedEntry() {
        return null;
    }

    /**
     * Where a GETNEXT step from {@code from} within {@code column} of {@link #walkedEntry} goes
     * instead of the next OID in order: one of {@code rows} (the column's instance OIDs, in OID
     * order), {@link #PAST_THE_COLUMN}, or null to leave the step alone.
     */
    OID nextInstead(OID column, OID from, List<OID> rows) {
        return null;
    }

    /** What {@link #nextInstead} answers for "after the column's last row". */
    static final OID PAST_THE_COLUMN = new OID();

    /** The error status for any SET, {@code PDU.noError} to let it through. */
    int setError() {
        return PDU.noError;
    }

    /** Changes a response in place before it is sent; {@code requestType} is the request's PDU type. */
    void shapeResponse(int requestType, PDU response) {
    }

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("must be at least 1: " + n);
        }
        return n;
    }

    static final class Silent extends Fault {
        @Override
        boolean swallows(long requestNumber) {
            return true;
        }

        @Override
        public String toString() {
            return "SILENT";
        }
    }

    static final class Slow extends Fault {
        private final long millis;

        Slow(long millis) {
            this.millis = millis;
        }

        @Override
        long delayMillis() {
            return millis;
        }

        @Override
        public String toString() {
            return "SLOW(" + millis + "ms)";
        }
    }

    static final class Drop extends Fault {
        private final int every;

        Drop(int every) {
            this.every = every;
        }

        @Override
        boolean swallows(long requestNumber) {
            return requestNumber % every == 0;
        }

        @Override
        public String toString() {
            return "DROP(every " + every + ")";
        }
    }

    static final class TooBig extends Fault {
        private final int maxBindings;

        TooBig(int maxBindings) {
            this.maxBindings = maxBindings;
        }

        @Override
        void shapeResponse(int requestType, PDU response) {
            if (response.size() > maxBindings) {
                // RFC 3416 4.2.1: a tooBig response carries no variable bindings
                Integer32 requestId = response.getRequestID();
                response.clear();
                response.setRequestID(requestId);
                response.setErrorStatus(PDU.tooBig);
                response.setErrorIndex(0);
            }
        }

        @Override
        public String toString() {
            return "TOO_BIG(over " + maxBindings + " bindings)";
        }
    }

    static final class MaxBindings extends Fault {
        private final int max;

        MaxBindings(int max) {
            this.max = max;
        }

        @Override
        void shapeResponse(int requestType, PDU response) {
            if (requestType == PDU.GETBULK) {
                while (response.size() > max) {
                    response.trim();
                }
            }
        }

        @Override
        public String toString() {
            return "MAX_BINDINGS(" + max + ")";
        }
    }

    static final class MissingCells extends Fault {
        private final IfColumn column;
        private final Set<Integer> ifIndexes;

        MissingCells(IfColumn column, Set<Integer> ifIndexes) {
            this.column = column;
            this.ifIndexes = Set.copyOf(ifIndexes);
        }

        @Override
        Variable cell(IfColumn c, int ifIndex, Variable value) {
            return c == column && ifIndexes.contains(ifIndex) ? null : value;
        }

        @Override
        public String toString() {
            return "PARTIAL_TABLE(" + column + " missing for " + new TreeSet<>(ifIndexes) + ")";
        }
    }

    static final class ColumnsEndAfter extends Fault {
        private final int lastIfIndex;
        private final Set<IfColumn> columns;

        ColumnsEndAfter(int lastIfIndex, Set<IfColumn> columns) {
            this.lastIfIndex = lastIfIndex;
            this.columns = Set.copyOf(columns);
        }

        @Override
        Variable cell(IfColumn c, int ifIndex, Variable value) {
            return ifIndex > lastIfIndex && columns.contains(c) ? null : value;
        }

        @Override
        public String toString() {
            return "PARTIAL_TABLE(" + columns.size() + " columns end after ifIndex " + lastIfIndex + ")";
        }
    }

    static final class WrongType extends Fault {
        private final IfColumn column;

        WrongType(IfColumn column) {
            this.column = column;
        }

        @Override
        Variable cell(IfColumn c, int ifIndex, Variable value) {
            return c == column && value != null ? new OctetString(value.toString()) : value;
        }

        @Override
        public String toString() {
            return "WRONG_TYPES(" + column + " as OCTET STRING)";
        }
    }

    static final class WrongTypeUnder extends Fault {
        private final OID subtree;

        WrongTypeUnder(OID subtree) {
            this.subtree = subtree;
        }

        @Override
        void shapeResponse(int requestType, PDU response) {
            if (requestType == PDU.SET) {
                return;
            }
            for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.getOid().startsWith(subtree) && !vb.isException()) {
                    vb.setVariable(new OctetString(vb.getVariable().toString()));
                }
            }
        }

        @Override
        public String toString() {
            return "WRONG_TYPES(under " + subtree + ", as OCTET STRING)";
        }
    }

    static final class OutOfOrder extends Fault {
        private final OID entry;

        OutOfOrder(OID entry) {
            this.entry = entry;
        }

        @Override
        OID walkedEntry() {
            return entry;
        }

        @Override
        OID nextInstead(OID column, OID from, List<OID> rows) {
            List<OID> order = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i += 2) {
                if (i + 1 < rows.size()) {
                    order.add(rows.get(i + 1));
                }
                order.add(rows.get(i));
            }
            if (from.equals(column)) {
                return order.isEmpty() ? PAST_THE_COLUMN : order.get(0);
            }
            int at = order.indexOf(from);
            if (at < 0) {
                return null;
            }
            return at + 1 < order.size() ? order.get(at + 1) : PAST_THE_COLUMN;
        }

        @Override
        public String toString() {
            return "OUT_OF_ORDER(" + entry + ", neighbouring rows swapped)";
        }
    }

    static final class InCircles extends Fault {
        private final OID entry;
        private final int rows;

        InCircles(OID entry, int rows) {
            this.entry = entry;
            this.rows = rows;
        }

        @Override
        OID walkedEntry() {
            return entry;
        }

        @Override
        OID nextInstead(OID column, OID from, List<OID> cells) {
            if (cells.size() > rows && from.equals(cells.get(rows - 1))) {
                return cells.get(0);
            }
            return null;
        }

        @Override
        public String toString() {
            return "IN_CIRCLES(" + entry + ", back to the first row after " + rows + ")";
        }
    }

    static final class RefuseSets extends Fault {
        private final int errorStatus;

        RefuseSets(int errorStatus) {
            this.errorStatus = errorStatus;
        }

        @Override
        int setError() {
            return errorStatus;
        }

        @Override
        public String toString() {
            return "SET_REFUSED(" + PDU.toErrorStatusText(errorStatus) + ")";
        }
    }
}
