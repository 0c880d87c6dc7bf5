package net.dcihandlers.sim;

import java.util.Collections;
import java.util.List;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * A conceptual row of a MIB table (its entry OID and its columns) and the order a walk takes
 * through the table: column by column, rows in index order, each cell computed when reached and
 * skipped where absent. Nothing is copied per cell, so walking a 1000-row table costs no more to set
 * up than a 4-row one.
 */
final class TableEntry {
    /** One cell's value, or null where it is absent; column and row are positions, not sub-identifiers. */
    interface Cells {
        Variable read(int column, int row);
    }

    private final OID entry;
    private final int[] columnSubIds;

    /** @param columnSubIds the columns' last sub-identifiers, ascending */
    TableEntry(OID entry, int[] columnSubIds) {
        this.entry = new OID(entry);
        this.columnSubIds = columnSubIds.clone();
    }

    OID oid() {
        return new OID(entry);
    }

    /** The position of the column an instance OID names, or -1 if it names none. */
    int column(OID oid) {
        int n = entry.size();
        if (!oid.startsWith(entry) || oid.size() <= n) {
            return -1;
        }
        for (int col = 0; col < columnSubIds.length; col++) {
            if (columnSubIds[col] == oid.get(n)) {
                return col;
            }
        }
        return -1;
    }

    /** The index part of an instance OID (empty when the OID names no row). */
    OID index(OID oid) {
        int skip = entry.size() + 1;
        return oid.size() <= skip ? new OID() : new OID(oid.getValue(), skip, oid.size() - skip);
    }

    /** The table's cells in walk order, over rows with these indexes (ascending). */
    ComputedCells.Walk walk(List<OID> rowIndexes, Cells cells) {
        return (from, inclusive) -> firstFrom(rowIndexes, cells, from, inclusive);
    }

    private ComputedCells.Binding firstFrom(List<OID> rowIndexes, Cells cells, OID from, boolean inclusive) {
        int n = entry.size();
        int col = 0;
        int row = 0;
        if (!from.startsWith(entry)) {
            if (from.compareTo(entry) > 0) {
                return null;
            }
        } else if (from.size() > n) {
            long colId = from.getUnsigned(n);
            while (col < columnSubIds.length && columnSubIds[col] < colId) {
                col++;
            }
            if (col < columnSubIds.length && columnSubIds[col] == colId && from.size() > n + 1) {
                // OID order: an index longer than a row's sorts after that row
                row = firstRowFrom(rowIndexes, index(from), inclusive);
            }
        }
        for (; col < columnSubIds.length; col++, row = 0) {
            for (; row < rowIndexes.size(); row++) {
                Variable value = cells.read(col, row);
                if (value != null) {
                    OID oid = new OID(entry).append(columnSubIds[col]).append(rowIndexes.get(row));
                    return new ComputedCells.Binding(oid, value);
                }
            }
        }
        return null;
    }

    private static int firstRowFrom(List<OID> indexes, OID from, boolean inclusive) {
        int found = Collections.binarySearch(indexes, from);
        if (found >= 0) {
            return inclusive ? found : found + 1;
        }
        return -found - 1;
    }
}
