package net.dcihandlers.core.snmp;

import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MIB objects the handlers read, each declared once, where its OID is written, with its name
 * and syntax:
 * <pre>static final OID IF_TYPE = SnmpObjects.required("ifType", "1.3.6.1.2.1.2.2.1.3", Syntax.INTEGER);</pre>
 * so that {@link SnmpClient} checks every value a device returns for it. A value of the wrong
 * type (an OCTET STRING where ifType is an INTEGER) is an {@code unexpected_data} error naming the
 * object, its OID and the type received, since an answer built without it would be wrong in a
 * way nobody sees (no ports at all, say). Where the object is optional (a field the answer can
 * leave out, or a value with a fallback) the value is dropped instead, and the trace says why.
 * Objects nobody declared are not checked.
 */
public final class SnmpObjects {
    /** A declared object: its name as in its MIB, its OID (a column, or a scalar's instance), its syntax. */
    public record Definition(String name, OID oid, Syntax syntax, boolean required) {
    }

    private static final Map<OID, Definition> DEFINED = new ConcurrentHashMap<>();
    /** Objects declared by profile files, which a declaration in code overrides. */
    private static final Set<OID> FROM_PROFILES = ConcurrentHashMap.newKeySet();

    private SnmpObjects() {
    }

    /** An object whose value the answer cannot do without: a value of the wrong type is an error. */
    public static OID required(String name, String oid, Syntax syntax) {
        return define(name, oid, syntax, true);
    }

    /** An object the answer can leave out: a value of the wrong type is dropped, and traced. */
    public static OID optional(String name, String oid, Syntax syntax) {
        return define(name, oid, syntax, false);
    }

    private static OID define(String name, String oid, Syntax syntax, boolean required) {
        OID o = new OID(oid);
        Definition d = new Definition(name, o, syntax, required);
        Definition before = DEFINED.put(o, d);
        if (before != null && !before.equals(d) && !FROM_PROFILES.remove(o)) {
            throw new IllegalStateException(oid + " is declared twice, differently: " + before + " and " + d);
        }
        return new OID(o);
    }

    /**
     * An object a profile file declares (see {@code profile.ProfileSet}), checked like the others. A
     * declaration in code of the same OID comes first: the file's is then only a name for it.
     */
    public static void declare(String name, OID oid, Syntax syntax, boolean required) {
        OID o = new OID(oid);
        if (DEFINED.putIfAbsent(o, new Definition(name, o, syntax, required)) == null) {
            FROM_PROFILES.add(o);
        }
    }

    /** The declared object an instance belongs to (the longest declared prefix), or null. */
    public static Definition of(OID instance) {
        for (int n = instance.size(); n > 0; n--) {
            Definition d = DEFINED.get(n == instance.size() ? instance : new OID(instance.getValue(), 0, n));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The syntax of an object as far as reading it goes. Devices differ in the exact integer type
     * they send (a Gauge32 where the MIB says INTEGER, a Counter64 where it says Counter32), and the
     * handlers read all of them alike; what they cannot read is a value of another kind.
     */
    public enum Syntax {
        INTEGER("an INTEGER", Kind.NUMBER),
        UNSIGNED32("an Unsigned32", Kind.NUMBER),
        GAUGE32("a Gauge32", Kind.NUMBER),
        COUNTER32("a Counter32", Kind.COUNTER),
        COUNTER64("a Counter64", Kind.COUNTER),
        TIME_TICKS("a TimeTicks", Kind.NUMBER),
        OCTET_STRING("an OCTET STRING", Kind.OCTETS),
        OBJECT_IDENTIFIER("an OBJECT IDENTIFIER", Kind.OID);

        private final String described;
        private final Kind kind;

        Syntax(String described, Kind kind) {
            this.described = described;
            this.kind = kind;
        }

        /** Whether a value can be read as this syntax. */
        public boolean accepts(Variable v) {
            return switch (kind) {
                case NUMBER -> v instanceof Integer32 || v instanceof UnsignedInteger32;
                case COUNTER -> v instanceof Integer32 || v instanceof UnsignedInteger32 || v instanceof Counter64;
                case OCTETS -> v instanceof OctetString;
                case OID -> v instanceof OID;
            };
        }

        /** "an INTEGER", as messages say it. */
        public String described() {
            return described;
        }
    }

    private enum Kind { NUMBER, COUNTER, OCTETS, OID }

    /** "an OCTET STRING", "a Gauge32": the type of a value as received. */
    static String received(Variable v) {
        String s = v.getSyntaxString();
        return ("AEIOU".indexOf(Character.toUpperCase(s.charAt(0))) >= 0 ? "an " : "a ") + s;
    }
}
