package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.snmp.profile.MibObject;
import org.snmp4j.smi.OID;

import java.math.BigDecimal;

/**
 * Where a MIB keeps one number, what it stands for and what turns it into the panel's unit: the
 * value is divided by {@code divisor} (1000 for watts to kW, 60 for seconds to minutes, 10 for
 * tenths).
 *
 * @param object  the MIB object's name, for traces and messages
 * @param oid     a scalar's instance (…​.0), or a table column
 * @param shape   what the value (or each row) stands for
 * @param divisor from the MIB's unit to the panel's
 */
record MibNumber(String object, OID oid, Shape shape, BigDecimal divisor) {

    /** What a MIB object's value stands for, and so when it may stand for a side of the UPS. */
    enum Shape {
        /** A column indexed by line number (UPS-MIB upsInputTable, XUPS-MIB xupsInputTable...). */
        LINE_COLUMN,
        /**
         * APC PowerNet's phase tables: indexed by input (or output) table, then phase, the phase being
         * the last sub-identifier; only table 1, the UPS's main input (or its output), is read.
         */
        PHASE_COLUMN,
        /** A scalar describing the one line of a single-phase UPS: used only where the side has one line. */
        LINE_ONE,
        /**
         * A scalar for the whole UPS (a total, or a figure over all phases): it stands for line A where
         * the side has one line or is shown combined (three or more), never for line A of two lines.
         */
        WHOLE_UNIT
    }

    /**
     * How a profile file's object is read: marked 'phases', one of APC's phase tables; marked
     * 'whole', a figure for the whole UPS; else a scalar (an instance) stands for line one and a
     * column is indexed by line.
     */
    static MibNumber of(MibObject o) {
        Shape shape = o.has("phases") ? Shape.PHASE_COLUMN : o.has("whole") ? Shape.WHOLE_UNIT
                : o.scalar() ? Shape.LINE_ONE : Shape.LINE_COLUMN;
        return new MibNumber(o.name(), o.oid(), shape, o.divisor());
    }

    /** Whether the object is a table column, walked; otherwise a scalar instance, asked for. */
    boolean column() {
        return shape == Shape.LINE_COLUMN || shape == Shape.PHASE_COLUMN;
    }
}
