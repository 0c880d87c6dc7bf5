package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A MIB object as a profile file declares it, once, by name:
 * <pre>object rPDU2OutletSwitchedStatusState 1.3.6.1.4.1.318.1.1.26.9.2.3.1.5 integer 1=off 2=on</pre>
 * Profiles then name it; what its values mean (the words after {@code N=}) and what turns a value
 * into the handler's unit (a {@code /N} divisor) are part of the declaration, as in Network UPS
 * Tools' tables, so that the code reading it needs neither.
 *
 * @param name    as in its MIB, for traces and messages
 * @param oid     a table column, or a scalar's instance (ending in .0)
 * @param syntax  what a value must be to be read
 * @param values  enumeration value -> the handler's word for it ("on", "battery"); empty if none
 * @param divisor from the MIB's unit to the handler's (1 if none is given)
 * @param traits  further words the handler gives a meaning to ("whole", "phase-column")
 * @param where   the declaration's file and line, for messages
 */
public record MibObject(String name, OID oid, Syntax syntax, Map<Integer, String> values, BigDecimal divisor,
                        Set<String> traits, String where) {

    public MibObject {
        oid = new OID(oid);
        values = Map.copyOf(values);
        traits = Set.copyOf(traits);
    }

    /** The instance of a column at one single index: the outlet, line or port number. */
    public OID at(int index) {
        return new OID(oid).append(index);
    }

    /**
     * Whether the declaration names one instance (a scalar's, ending in .0, or one row of a table,
     * marked 'instance') rather than a column.
     */
    public boolean scalar() {
        return oid.size() > 1 && oid.last() == 0 || has("instance");
    }

    /**
     * What a GETNEXT asks to learn whether the device has this object: the column itself, or the
     * scalar's object (whose next OID is the instance, if the device has it).
     */
    public OID probe() {
        return scalar() ? new OID(oid.getValue(), 0, oid.size() - 1) : new OID(oid);
    }

    /** Whether a GETNEXT answer to {@link #probe()} shows the object present on the device. */
    public boolean presentIn(OID answered) {
        return answered != null && (scalar() ? answered.equals(oid)
                : answered.startsWith(oid) && answered.size() > oid.size());
    }

    public boolean has(String trait) {
        return traits.contains(trait);
    }

    @Override
    public String toString() {
        return name;
    }
}
