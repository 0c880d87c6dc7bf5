package net.dcihandlers.core.fuzz;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.ProtocolXml;
import net.dcihandlers.core.protocol.RequestReader;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.XmlText;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.core.testing.Doc;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Randomised tests with fixed seeds (so a failure repeats): mutated and random requests never get
 * anything from the parser but a request or a refusal; any text a device sends ends up in a
 * well-formed answer that reads back the same; counter conversions hold over the whole range.
 */
class RequestFuzzTest {
    private static final String VALID = "<?xml version=\"1.0\"?><doc><func>port_off</func><device_params>"
            + "<ip>10.0.0.2:161</ip><snmp_ver>SNMP v2c</snmp_ver><snmp_community>pub&amp;lic</snmp_community>"
            + "</device_params><port><identity>3</identity><vlan_id>10</vlan_id></port></doc>";
    private static final int ROUNDS = 3000;

    private static void parseOrRefuse(byte[] input) {
        try {
            RequestReader.read(new ByteArrayInputStream(input));
        } catch (HandlerException e) {
            assertEquals(ErrorType.UNEXPECTED_DATA, e.type());
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        } catch (Throwable t) {
            fail("the parser threw " + t + " for input: " + new String(input, StandardCharsets.ISO_8859_1), t);
        }
    }

    @Test
    void mutatedRequestsAreParsedOrRefusedNeverCrash() {
        Random r = new Random(20261124L);
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] b = valid.clone();
            int edits = 1 + r.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(b.length);
                switch (r.nextInt(4)) {
                    case 0 -> b[at] = (byte) r.nextInt(256);
                    case 1 -> b[at] = (byte) "<>&;\"'/=![]?%#\0\n".charAt(r.nextInt(16));
                    case 2 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
                    default -> {
                        byte[] longer = new byte[b.length + 1];
                        System.arraycopy(b, 0, longer, 0, at);
                        longer[at] = (byte) r.nextInt(128);
                        System.arraycopy(b, at, longer, at + 1, b.length - at);
                        b = longer;
                    }
                }
            }
            parseOrRefuse(b);
        }
    }

    @Test
    void randomBytesAreRefusedNeverCrash() {
        Random r = new Random(7L);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            parseOrRefuse(b);
        }
    }

    @Test
    void anyDeviceTextEndsUpInAWellFormedAnswerThatReadsBackAsCleaned() throws Exception {
        Random r = new Random(42L);
        for (int round = 0; round < 500; round++) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(5);
                s.appendCodePoint(switch (kind) {
                    case 0 -> r.nextInt(0x20);
                    case 1 -> "<>&\"']]>".charAt(r.nextInt(8));
                    case 2 -> 0xD800 + r.nextInt(0x800);
                    case 3 -> 0x10000 + r.nextInt(0x1000);
                    default -> 0x20 + r.nextInt(0x7000);
                });
            }
            String raw = s.toString();
            String xml = new String(ProtocolXml.write(Response.of(new Port("1").description(raw)).hostname(raw), false),
                    StandardCharsets.UTF_8);
            Doc d = Doc.parse(xml);
            String expected = XmlText.clean(raw).replace("\r", "\n");
            assertEquals(expected, d.hostname().replace("\r", "\n"), "hostname of round " + round);
            assertEquals(expected, d.ports().get("1").get("description").replace("\r", "\n"));
        }
    }

    @Test
    void countersReadUnsignedOverTheirWholeRange() {
        Random r = new Random(3L);
        for (int round = 0; round < ROUNDS; round++) {
            long bits = r.nextLong();
            BigInteger expected = new BigInteger(Long.toUnsignedString(bits));
            assertEquals(expected, SnmpValues.asUnsigned(new Counter64(bits)));
            long c32 = bits & 0xffffffffL;
            assertEquals(BigInteger.valueOf(c32), SnmpValues.asUnsigned(new Counter32(c32)));
            assertEquals(BigInteger.valueOf(c32), SnmpValues.asUnsigned(new Gauge32(c32)));
        }
        assertEquals(new BigInteger("18446744073709551615"), SnmpValues.asUnsigned(new Counter64(-1L)));
        assertNull(SnmpValues.asUnsigned(new Integer32(-5)), "a negative INTEGER is no counter");
        assertNull(SnmpValues.asUnsigned(new OctetString("12")), "a string is no counter, whatever it says");
        assertNull(SnmpValues.asInt(new OctetString("1")));
    }

    @Test
    void octetStringsReadAsUtf8OrLatin1WithoutTrailingNuls() {
        Random r = new Random(11L);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] b = new byte[r.nextInt(20)];
            r.nextBytes(b);
            String s = SnmpValues.asText(new OctetString(b));
            assertTrue(s.length() <= b.length, "no more characters than bytes");
            assertTrue(s.isEmpty() || s.charAt(s.length() - 1) != 0, "trailing NULs removed");
        }
        assertEquals("Gi1/0/1", SnmpValues.asText(new OctetString("Gi1/0/1\0\0".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("caf\u00e9", SnmpValues.asText(new OctetString("caf\u00e9".getBytes(StandardCharsets.UTF_8))));
        assertEquals("caf\u00e9", SnmpValues.asText(new OctetString("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))));
    }
}
