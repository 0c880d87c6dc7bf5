package net.dcihandlers.core.snmp;

import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Typed readings of SNMP values. A value of the wrong type (a device that lies about types) reads
 * as absent, never as a made-up number; callers decide whether absence is an error.
 */
public final class SnmpValues {
    private SnmpValues() {
    }

    /** An INTEGER, Gauge32, Counter32 or TimeTicks as an int, or null. */
    public static Integer asInt(Variable v) {
        if (v instanceof Integer32 i) {
            return i.getValue();
        }
        if (v instanceof UnsignedInteger32 u && u.getValue() <= Integer.MAX_VALUE) {
            return (int) u.getValue();
        }
        return null;
    }

    /** Any integer type as a non-negative count (Counter64 read unsigned), or null. */
    public static BigInteger asUnsigned(Variable v) {
        if (v instanceof Counter64 c) {
            long l = c.getValue();
            return l >= 0 ? BigInteger.valueOf(l) : BigInteger.valueOf(l).add(BigInteger.ONE.shiftLeft(64));
        }
        if (v instanceof UnsignedInteger32 u) {
            return BigInteger.valueOf(u.getValue());
        }
        if (v instanceof Integer32 i && i.getValue() >= 0) {
            return BigInteger.valueOf(i.getValue());
        }
        return null;
    }

    /**
     * An OCTET STRING as text: UTF-8 where the bytes are UTF-8, else Latin-1, trailing NULs removed.
     * Other types are written as SNMP writes them; null stays null.
     */
    public static String asText(Variable v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof OctetString o)) {
            return v.toString();
        }
        byte[] b = o.getValue();
        int n = b.length;
        while (n > 0 && b[n - 1] == 0) {
            n--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, 0, n, StandardCharsets.ISO_8859_1);
        }
    }

    /** The raw bytes of an OCTET STRING, or null. */
    public static byte[] asBytes(Variable v) {
        return v instanceof OctetString o ? o.getValue() : null;
    }

    /** An OBJECT IDENTIFIER, or null. */
    public static OID asOid(Variable v) {
        return v instanceof OID o ? o : null;
    }

    /** The row index as one integer (ifIndex), or null if it is not a single sub-identifier. */
    public static Integer singleIndex(OID index) {
        return index.size() == 1 && index.get(0) >= 0 ? index.get(0) : null;
    }
}
