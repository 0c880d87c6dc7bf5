package net.dcihandlers.core.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes response documents by hand, byte for byte as JAXB's marshaller writes the model (the
 * tests compare the two over every element and awkward text), without creating a JAXB context:
 * that alone cost a call more CPU than its SNMP work (BENCHMARKS.md).
 */
public final class ProtocolXml {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final StringBuilder b = new StringBuilder(1024);
    private final boolean pretty;
    private int depth;

    private ProtocolXml(boolean pretty) {
        this.pretty = pretty;
    }

    /** The response as UTF-8 bytes, with an XML declaration and a final newline. */
    public static byte[] write(Response response, boolean pretty) {
        ProtocolXml w = new ProtocolXml(pretty);
        w.b.append(DECLARATION);
        w.response(response);
        w.b.append('\n');
        return w.b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void response(Response r) {
        boolean empty = r.error() == null && r.hostname() == null && r.ports().isEmpty() && r.params().isEmpty();
        if (empty) {
            b.append("<doc/>");
            return;
        }
        open("doc", null);
        ErrorInfo e = r.error();
        if (e != null) {
            open("error", null);
            leaf("type", e.type());
            leaf("text", e.text());
            close("error");
        }
        leaf("hostname", r.hostname());
        for (Port p : r.ports()) {
            port(p);
        }
        for (EqParam p : r.params()) {
            open("eq_param", p.name());
            leaf("strvalue", p.strValue());
            leaf("floatvalue", decimal(p.floatValue()));
            close("eq_param");
        }
        close("doc");
    }

    private void port(Port p) {
        open("port", null);
        leaf("identity", p.identity());
        leaf("description", p.description());
        leaf("admin_status", p.adminStatus() == null ? null : p.adminStatus().wire());
        leaf("oper_status", p.operStatus() == null ? null : p.operStatus().wire());
        leaf("speed", p.speed() == null ? null : p.speed().wire());
        leaf("duplex", p.duplex() == null ? null : p.duplex().wire());
        leaf("rxbytes", integer(p.rxBytes()));
        leaf("txbytes", integer(p.txBytes()));
        leaf("rxpackets", integer(p.rxPackets()));
        leaf("txpackets", integer(p.txPackets()));
        leaf("power", decimal(p.power()));
        leaf("vlan_id", p.vlanId() == null ? null : p.vlanId().toString());
        leaf("vlan_name", p.vlanName());
        List<String> macs = p.macs();
        for (String mac : macs) {
            leaf("mac", mac);
        }
        leaf("is_trunk", p.isTrunk());
        leaf("trunk_members", p.trunkMembers());
        close("port");
    }

    private static String integer(BigInteger v) {
        return v == null ? null : v.toString();
    }

    private static String decimal(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private void indent() {
        if (pretty) {
            b.append('\n');
            for (int k = 0; k < depth; k++) {
                b.append("    ");
            }
        }
    }

    /** A start tag on its own line, with the one attribute the model has ({@code eq_param}'s name). */
    private void open(String name, String nameAttribute) {
        if (depth > 0) {
            indent();
        }
        b.append('<').append(name);
        if (nameAttribute != null) {
            b.append(" name=\"");
            escape(nameAttribute, true);
            b.append('"');
        }
        b.append('>');
        depth++;
    }

    private void close(String name) {
        depth--;
        indent();
        b.append("</").append(name).append('>');
    }

    /** An element with text, left out when the value is null. */
    private void leaf(String name, String value) {
        if (value == null) {
            return;
        }
        indent();
        b.append('<').append(name).append('>');
        escape(value, false);
        b.append("</").append(name).append('>');
    }

    /** JAXB's escaping: {@code & < >} and CR everywhere; {@code "} and LF too in an attribute. */
    private void escape(String v, boolean attribute) {
        String c = XmlText.clean(v);
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                default -> b.append(ch);
            }
        }
    }
}
