package net.dcihandlers.sim;

import java.nio.charset.StandardCharsets;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/** Reading SET values as the SMI types the MIBs declare; a value of another type is the caller's wrongType. */
final class Syntax {
    private Syntax() {
    }

    /** The INTEGER (Integer32) value, or null if the value is of another type. */
    static Integer integer(Variable v) {
        return v != null && v.getSyntax() == SMIConstants.SYNTAX_INTEGER ? v.toInt() : null;
    }

    /** The OCTET STRING's octets, or null if the value is of another type. */
    static byte[] octets(Variable v) {
        return v instanceof OctetString s ? s.getValue() : null;
    }

    static Integer32 integer(int value) {
        return new Integer32(value);
    }

    static OctetString text(String s) {
        return new OctetString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String text(byte[] octets) {
        return new String(octets, StandardCharsets.UTF_8);
    }
}
