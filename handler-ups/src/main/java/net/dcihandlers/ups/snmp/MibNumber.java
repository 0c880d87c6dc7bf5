package net.dcihandlers.ups.snmp;

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

    /** A scalar that is not a quantity of a side (a status, a count, the runtime). */
    static MibNumber scalar(String object, OID oid) {
        return new MibNumber(object, oid, Shape.LINE_ONE, BigDecimal.ONE);
    }

    /** The value of a single-phase UPS's one line, or of a quantity that has no lines (the runtime). */
    static MibNumber scalar(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, Shape.LINE_ONE, BigDecimal.valueOf(divisor));
    }

    static MibNumber whole(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, Shape.WHOLE_UNIT, BigDecimal.valueOf(divisor));
    }

    static MibNumber column(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, Shape.LINE_COLUMN, BigDecimal.valueOf(divisor));
    }

    static MibNumber phaseColumn(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, Shape.PHASE_COLUMN, BigDecimal.valueOf(divisor));
    }

    /** Whether the object is a table column, walked; otherwise a scalar instance, asked for. */
    boolean column() {
        return shape == Shape.LINE_COLUMN || shape == Shape.PHASE_COLUMN;
    }
}
