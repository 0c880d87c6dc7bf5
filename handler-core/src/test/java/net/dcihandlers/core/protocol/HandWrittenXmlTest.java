package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlElement;
import net.dcihandlers.core.HandlerException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hand-written reader and writer against JAXB, which remains the protocol's model: the same
 * requests read the same, the same responses are written byte for byte the same, and the
 * hand-written element table says what the model's annotations say.
 */
class HandWrittenXmlTest {

    // ---- the element table against the model's annotations

    private static List<String> elementsOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            XmlElement e = f.getAnnotation(XmlElement.class);
            if (e != null) {
                names.add(e.name());
            }
        }
        return names;
    }

    @Test
    void theElementTableIsTheModelsAnnotations() {
        assertEquals(elementsOf(Request.class), RequestModel.DOC);
        assertEquals(elementsOf(DeviceParams.class), RequestModel.DEVICE);
        assertEquals(elementsOf(PortParams.class), RequestModel.PORT);
        assertEquals(JaxbRequestReader.ONCE, RequestReader.ONCE);
    }

    @Test
    void everyElementOfTheModelLandsInItsField() throws Exception {
        for (String parent : List.of("device_params", "port")) {
            List<String> names = parent.equals("port") ? RequestModel.PORT : RequestModel.DEVICE;
            for (String n : names) {
                String doc = "<doc><func>f</func><" + parent + "><" + n + ">v-" + n + "</" + n + "></" + parent + "></doc>";
                assertEquals(describe(jaxb(doc)), describe(ours(doc)), doc);
                String shown = describe(ours(doc));
                if (!shown.contains("=[v-" + n + "]")) {
                    fail(n + " did not land in the model: " + shown);
                }
            }
        }
    }

    // ---- reading: the same as JAXB

    private static Request ours(String doc) throws HandlerException {
        return RequestReader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    }

    private static Request jaxb(String doc) throws HandlerException {
        return JaxbRequestReader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every field of the request, secrets included (this is a test). */
    static String describe(Request r) {
        StringBuilder b = new StringBuilder();
        fields(b, "", r);
        return b.toString();
    }

    private static void fields(StringBuilder b, String prefix, Object o) {
        if (o == null) {
            b.append(prefix).append("null;");
            return;
        }
        for (Field f : o.getClass().getDeclaredFields()) {
            if (f.getAnnotation(XmlElement.class) == null) {
                continue;
            }
            f.setAccessible(true);
            Object v;
            try {
                v = f.get(o);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            if (v == null || v instanceof String) {
                b.append(prefix).append(f.getName()).append('=').append(v == null ? "(null)" : "[" + v + "]").append(';');
            } else {
                fields(b, prefix + f.getName() + ".", v);
            }
        }
    }

    /** "ok: <fields>" or "refused" for one reader. */
    private static String outcome(boolean hand, String doc) {
        try {
            return "ok: " + describe(hand ? ours(doc) : jaxb(doc));
        } catch (HandlerException e) {
            return "refused";
        }
    }

    /**
     * The JDK's parser, reading from characters, lets any encoding name through, such as
     * {@code encoding="<doc>utf-8"}; XML 1.0 allows only names of letters, digits, '.', '_' and
     * '-', and so does the hand-written reader. The one known way the two differ.
     */
    private static final java.util.regex.Pattern LAX_ENCODING = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*encoding\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private static boolean jdkLetsABadEncodingNameThrough(String doc) {
        java.util.regex.Matcher m = LAX_ENCODING.matcher(doc);
        return m.find() && !m.group(1).matches(".[A-Za-z][A-Za-z0-9._-]*.");
    }

    private static void sameAsJaxb(String doc) {
        String j = outcome(false, doc);
        if (jdkLetsABadEncodingNameThrough(doc)) {
            assertEquals("refused", outcome(true, doc), doc);
            return;
        }
        String h = outcome(true, doc);
        if (!j.equals(h)) {
            fail("JAXB: " + j + "\nours: " + h + "\nfor: " + doc.replace("\0", "\\0"));
        }
    }

    static final List<String> CORPUS = List.of(
            "<doc><func>status</func></doc>",
            "<?xml version=\"1.0\"?><doc><func>status</func></doc>",
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<doc>\n<func>status</func>\n</doc>\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><doc><func>port_off</func><device_params><ip>10.0.0.2</ip>"
                    + "<snmp_ver>SNMP v2c</snmp_ver><snmp_community>a&amp;b&lt;c&gt;d&quot;e&apos;f</snmp_community>"
                    + "</device_params><port><identity>3</identity><vlan_id>10</vlan_id></port></doc>",
            "<doc><func> status </func></doc>",
            "<doc><func>st<!-- a comment -->atus</func></doc>",
            "<doc><func>st<?pi data?>atus</func></doc>",
            "<doc><func><![CDATA[<status>&amp;]]></func></doc>",
            "<doc><func>a<![CDATA[b]]>c&#x41;&#66;</func></doc>",
            "<doc><func>line\r\nend\rx&#13;y</func></doc>",
            "<doc><func>\u00e9\u4e2d\ud83d\ude00</func></doc>",
            "<doc><func/><device_params/><port/></doc>",
            "<doc><func></func></doc>",
            "<doc a=\"1\" b='2'><func x=\"&lt;\">status</func></doc>",
            "<doc><func>status</func><device_params><ip>h</ip><unknown><ip>x</ip></unknown></device_params></doc>",
            "<doc><func>status</func><extra><func>port_off</func></extra></doc>",
            "<doc><func>a<b>x</b>c</func></doc>",
            "<doc><func>a<b/>c</func></doc>",
            "<doc><device_params>text<ip>h</ip>more</device_params></doc>",
            "<doc>text<func>status</func>tail</doc>",
            "<!-- before --><?pi?><doc><func>status</func></doc><!-- after --> <?pi x?>\n",
            "<doc ><func >status</func ></doc >",
            "<doc\n><func\tx = \"1\"\n>status</func\n></doc>",
            "<doc><ns:func>status</ns:func></doc>",
            "<doc xmlns=\"urn:x\"><func>status</func></doc>",
            "<doc><func>status</func></doc><doc/>",
            "<doc><func>status</func></doc>trailing",
            "<doc><func>status</func>",
            "<doc><func>status</doc>",
            "<doc><func>status</func></doc",
            "<doc><func>a]]>b</func></doc>",
            "<doc><func>a]]b]>c</func></doc>",
            "<doc><func>&nbsp;</func></doc>",
            "<doc><func>&#0;</func></doc>",
            "<doc><func>&#xD800;</func></doc>",
            "<doc><func>&#x110000;</func></doc>",
            "<doc><func>&#xFFFE;</func></doc>",
            "<doc><func>&#x;</func></doc>",
            "<doc><func>& amp;</func></doc>",
            "<doc><func>&amp</func></doc>",
            "<doc><func>\u0001</func></doc>",
            "<doc><func>\uFFFE</func></doc>",
            "<doc><!-- a -- b --><func>s</func></doc>",
            "<doc><!-- a ---><func>s</func></doc>",
            "<doc><?xml version=\"1.0\"?><func>s</func></doc>",
            " <?xml version=\"1.0\"?><doc/>",
            "<?xml version=\"1.0\" ?><doc/>",
            "<?xml version=\"1.0\"encoding=\"UTF-8\"?><doc/>",
            "<?xml encoding=\"UTF-8\"?><doc/>",
            "<?xml version=\"1.0\" standalone=\"maybe\"?><doc/>",
            "<?xml version=\"1.1\"?><doc/>",
            "<?xml-stylesheet href=\"a\"?><doc><func>s</func></doc>",
            "<doc a=\"1\" a=\"2\"/>",
            "<doc a=\"1\"b=\"2\"/>",
            "<doc a=1/>",
            "<doc a=\"<\"/>",
            "<doc a=\"&unknown;\"/>",
            "<doc><1func>s</1func></doc>",
            "<doc><-func>s</-func></doc>",
            "<doc><f\u00b7unc>s</f\u00b7unc></doc>",
            "<doc><func>s</FUNC></doc>",
            "<DOC><func>s</func></DOC>",
            "<doc><![CDATA[x]]></doc>",
            "<doc><func><![CDATA[x]></func></doc>",
            "<!DOCTYPE doc><doc/>",
            "<doc><!DOCTYPE doc></doc>",
            "<doc></doc>",
            "<doc/>",
            "<doc/><!-- -->",
            "\n\n<doc>\n</doc>\n\n",
            "<doc><func>s</func><func>t</func></doc>",
            "<doc><port><identity>1</identity><identity>2</identity></port></doc>",
            "<doc><a><a><a><a><a><a><a></a></a></a></a></a></a></a></doc>",
            "<doc><a><a><a><a><a><a><a><a></a></a></a></a></a></a></a></a></doc>");

    @Test
    void theCorpusReadsAsJaxbReadsIt() {
        for (String doc : CORPUS) {
            sameAsJaxb(doc);
        }
    }

    private static final String[] PIECES = {"<", ">", "/", "&", ";", "\"", "'", "=", "!", "?", "[", "]", "-", " ",
            "\n", "\r", "\t", "\0", "&amp;", "&#65;", "&#x42;", "&lt;", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>",
            "<func>", "</func>", "<ip>", "</ip>", "<port>", "</port>", "<device_params>", "</device_params>", "<x/>",
            "<doc>", "</doc>", "a", "\u00e9", "\ud83d\ude00", " a=\"1\"", "<!DOCTYPE", "&x;"};

    @Test
    void mutatedRequestsReadAsJaxbReadsThem() {
        Random r = new Random(20261202L);
        String base = CORPUS.get(3);
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? base : CORPUS.get(r.nextInt(CORPUS.size())));
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = r.nextInt(b.length() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, PIECES[r.nextInt(PIECES.length)]);
                    case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(4)));
                    default -> {
                        if (at < b.length()) {
                            b.setCharAt(at, PIECES[r.nextInt(PIECES.length)].charAt(0));
                        }
                    }
                }
            }
            String doc = b.toString();
            if (doc.isBlank()) {
                continue;
            }
            sameAsJaxb(doc);
        }
    }

    // ---- writing: byte for byte what JAXB writes

    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(switch (r.nextInt(6)) {
                case 0 -> "<>&\"'\t\n\r ]".charAt(r.nextInt(10));
                case 1 -> 0x80 + r.nextInt(0x700);
                case 2 -> 0x1F600 + r.nextInt(0x40);
                case 3 -> r.nextInt(0x20);
                default -> 'a' + r.nextInt(26);
            });
        }
        return XmlText.clean(s.toString());
    }

    private static Response response(Random r) {
        if (r.nextInt(8) == 0) {
            return Response.error(r.nextBoolean() ? ErrorType.CONNECTION : ErrorType.UNEXPECTED_DATA, text(r));
        }
        Response resp = new Response();
        if (r.nextBoolean()) {
            resp.hostname(text(r));
        }
        int ports = r.nextInt(4);
        for (int i = 0; i < ports; i++) {
            Port p = new Port(text(r));
            if (r.nextBoolean()) p.description(text(r));
            if (r.nextBoolean()) p.adminStatus(PortStatus.values()[r.nextInt(3)]);
            if (r.nextBoolean()) p.operStatus(PortStatus.values()[r.nextInt(3)]);
            if (r.nextBoolean()) p.speed(Speed.values()[r.nextInt(Speed.values().length)]);
            if (r.nextBoolean()) p.duplex(Duplex.values()[r.nextInt(3)]);
            if (r.nextBoolean()) p.rxBytes(new BigInteger(64, r));
            if (r.nextBoolean()) p.txBytes(BigInteger.valueOf(r.nextInt(1000)));
            if (r.nextBoolean()) p.rxPackets(new BigInteger(70, r));
            if (r.nextBoolean()) p.txPackets(BigInteger.ZERO);
            if (r.nextBoolean()) p.power(new BigDecimal(BigInteger.valueOf(r.nextInt(100000)), r.nextInt(8) - 3));
            if (r.nextBoolean()) p.vlanId(r.nextInt(4095));
            if (r.nextBoolean()) p.vlanName(text(r));
            int macs = r.nextInt(3);
            for (int m = 0; m < macs; m++) p.addMac(text(r));
            if (r.nextBoolean()) p.isTrunk(r.nextBoolean());
            if (r.nextBoolean()) p.trunkMembers(text(r));
            resp.add(p);
        }
        int params = r.nextInt(4);
        for (int i = 0; i < params; i++) {
            resp.add(r.nextBoolean() ? EqParam.text(text(r), text(r))
                    : EqParam.number(text(r), new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(12) - 4)));
        }
        return resp;
    }

    @Test
    void responsesAreWrittenByteForByteAsJaxbWritesThem() throws Exception {
        Random r = new Random(1202L);
        for (int round = 0; round < 3000; round++) {
            Response resp = response(r);
            for (boolean pretty : new boolean[] {false, true}) {
                byte[] expected = JaxbXml.marshal(resp, pretty);
                byte[] actual = ProtocolXml.write(resp, pretty);
                if (!java.util.Arrays.equals(expected, actual)) {
                    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                            "round " + round + (pretty ? ", pretty" : ""));
                }
                assertArrayEquals(expected, actual);
            }
        }
    }

    @Test
    void theEmptyAnswerAndAnErrorAreWrittenAsJaxbWritesThem() throws Exception {
        for (Response resp : List.of(new Response(), Response.error(ErrorType.CONNECTION, "x & <y>"),
                new Response().hostname(""), Response.of(new Port("")))) {
            for (boolean pretty : new boolean[] {false, true}) {
                assertEquals(new String(JaxbXml.marshal(resp, pretty), StandardCharsets.UTF_8),
                        new String(ProtocolXml.write(resp, pretty), StandardCharsets.UTF_8));
            }
        }
    }
}
