package net.dcihandlers.core.snmp;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Columns read together: for each column, its values by row index (the OID suffix after the
 * column). A row a column does not have is simply absent from that column; nothing is invented.
 * Scalars asked for alongside are kept by their instance OID.
 */
public final class SnmpTable {
    private final Map<OID, NavigableMap<OID, Variable>> columns = new LinkedHashMap<>();
    private final Map<OID, Variable> scalars = new LinkedHashMap<>();

    SnmpTable(List<OID> columnOids) {
        for (OID c : columnOids) {
            columns.put(c, new TreeMap<>());
        }
    }

    void put(OID column, OID index, Variable value) {
        columns.get(column).put(index, value);
    }

    void putScalar(OID instance, Variable value) {
        scalars.put(instance, value);
    }

    /** One column's values by index, in index order. */
    public NavigableMap<OID, Variable> column(OID column) {
        NavigableMap<OID, Variable> c = columns.get(column);
        if (c == null) {
            throw new IllegalArgumentException("column " + column + " was not read");
        }
        return Collections.unmodifiableNavigableMap(c);
    }

    /** The value of a column at a row, or null if the device has none. */
    public Variable get(OID column, OID index) {
        return column(column).get(index);
    }

    /** A scalar read with the table, or null if the device has none. */
    public Variable scalar(OID instance) {
        return scalars.get(instance);
    }

    /** The indexes any column has, in order. */
    public NavigableMap<OID, Boolean> indexes() {
        TreeMap<OID, Boolean> all = new TreeMap<>();
        for (NavigableMap<OID, Variable> c : columns.values()) {
            for (OID i : c.keySet()) {
                all.put(i, Boolean.TRUE);
            }
        }
        return all;
    }

    public int size(OID column) {
        return column(column).size();
    }
}
