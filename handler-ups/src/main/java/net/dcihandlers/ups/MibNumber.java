package net.dcihandlers.ups;

import org.snmp4j.smi.OID;

import java.math.BigDecimal;

/**
 * Where a MIB keeps one number, and what turns it into the panel's unit: the value is divided by
 * {@code divisor} (1000 for watts to kW, 60 for seconds to minutes, 10 for tenths).
 *
 * @param object  the MIB object's name, for traces and messages
 * @param oid     a scalar's instance (…​.0), or a table column indexed by line number
 * @param column  whether {@code oid} is a column
 * @param divisor from the MIB's unit to the panel's
 */
record MibNumber(String object, OID oid, boolean column, BigDecimal divisor) {
    static MibNumber scalar(String object, OID oid) {
        return new MibNumber(object, oid, false, BigDecimal.ONE);
    }

    static MibNumber scalar(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, false, BigDecimal.valueOf(divisor));
    }

    static MibNumber column(String object, OID oid, long divisor) {
        return new MibNumber(object, oid, true, BigDecimal.valueOf(divisor));
    }
}
