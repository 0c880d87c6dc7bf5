package net.dcihandlers.core.protocol;

import net.dcihandlers.core.HandlerException;

/**
 * Reads a request document into the {@link Request} model without the JAXB runtime or the JDK's
 * XML parser, which together cost a call more CPU than everything else it does (BENCHMARKS.md).
 * A request is a handful of elements, so this is a strict XML 1.0 reader of the whole syntax a
 * document without a DOCTYPE can use (declaration, elements, attributes, text, character and the
 * five predefined references, CDATA sections, comments, processing instructions), bound to the
 * model as JAXB binds it: the model's elements by name, anything else skipped with its content,
 * text of an element kept as written (line ends normalised, as every XML parser does).
 * The tests hold it to JAXB's reading of the same documents, and to the model's annotations.
 *
 * <p>Refused besides malformed XML: a DOCTYPE (and with it every entity trick), any entity but the
 * five predefined ones, an XML version other than 1.0, nesting deeper than {@link #MAX_DEPTH}, a
 * root other than {@code doc}, content after it, and an element of the model given twice under
 * the same parent.
 */
final class RequestParser {
    static final int MAX_DEPTH = 8;

    /** What an open element binds to. */
    private static final int SKIP = 0;
    private static final int DOC = 1;
    private static final int DEVICE = 2;
    private static final int PORT = 3;
    private static final int LEAF = 4;

    private final String s;
    private int i;

    // the model being filled
    private String func;
    private DeviceParams device;
    private PortParams port;

    // the open elements: what each binds to, the leaf's name, the model children seen so far
    private final int[] kind = new int[MAX_DEPTH + 1];
    private final String[] name = new String[MAX_DEPTH + 1];
    private final long[] seen = new long[MAX_DEPTH + 1];
    private int depth;
    private StringBuilder text;

    private RequestParser(String s) {
        this.s = s;
    }

    /** The request in {@code text} (decoded, without a byte order mark). */
    static Request parse(String text) throws HandlerException {
        RequestParser p = new RequestParser(normaliseLineEnds(text));
        p.document();
        return new Request(p.func, p.device, p.port);
    }

    /** XML's end-of-line handling: CR LF and a lone CR become LF before anything is parsed. */
    private static String normaliseLineEnds(String t) {
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ---- the document

    private void document() throws HandlerException {
        if (s.startsWith("<?xml") && s.length() > 5 && (isSpace(s.charAt(5)) || s.startsWith("?>", 5))) {
            declaration();
        }
        misc(false);
        if (i >= s.length()) {
            throw malformed("the document has no element");
        }
        element();
        misc(true);
        if (i < s.length()) {
            throw refused("the request has content after </doc>; expected one document");
        }
    }

    /** Comments, processing instructions and space, before the root or after it. */
    private void misc(boolean afterRoot) throws HandlerException {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (s.startsWith("<!--", i)) {
                comment();
            } else if (s.startsWith("<?", i)) {
                processingInstruction();
            } else if (s.startsWith("<!DOCTYPE", i)) {
                throw refused("the request has a DOCTYPE; DTDs and entities are refused");
            } else if (c == '<' && !afterRoot) {
                return;
            } else if (afterRoot) {
                throw refused("the request has content after </doc>; expected one document");
            } else {
                throw malformed("content is not allowed before the root element");
            }
        }
    }

    /** {@code <?xml version="1.0" encoding="..." standalone="..."?>}, at the very start. */
    private void declaration() throws HandlerException {
        i = 5;
        String version = null;
        boolean any = false;
        while (true) {
            boolean space = skipSpace();
            if (s.startsWith("?>", i)) {
                i += 2;
                break;
            }
            if (!space) {
                throw malformed("the XML declaration is malformed");
            }
            int at = i;
            String attr = nameAt();
            expectEq();
            String value = quoted("the XML declaration");
            if (attr.equals("version") && !any) {
                version = value;
            } else if (attr.equals("encoding") && version != null && isEncodingName(value)) {
                // the bytes were read as UTF-8 already, and were valid
            } else if (attr.equals("standalone") && version != null && (value.equals("yes") || value.equals("no"))) {
                // nothing to do without a DTD
            } else {
                i = at;
                throw malformed("the XML declaration is malformed");
            }
            any = true;
        }
        if (version == null) {
            throw malformed("the XML declaration has no version");
        }
        if (!version.equals("1.0")) {
            throw refused("the request declares XML version " + XmlText.excerpt(version, 10)
                    + "; only XML 1.0 is accepted");
        }
    }

    private static boolean isEncodingName(String v) {
        if (v.isEmpty() || !isAsciiLetter(v.charAt(0))) {
            return false;
        }
        for (int k = 1; k < v.length(); k++) {
            char c = v.charAt(k);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // ---- elements

    /** The root element and everything in it, without recursion. */
    private void element() throws HandlerException {
        startTag();
        while (depth > 0) {
            if (i >= s.length()) {
                throw malformed("the document ends inside <" + XmlText.excerpt(name[depth], 40) + ">");
            }
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("</", i)) {
                    endTag();
                } else if (s.startsWith("<!--", i)) {
                    comment();
                } else if (s.startsWith("<![CDATA[", i)) {
                    cdata();
                } else if (s.startsWith("<?", i)) {
                    processingInstruction();
                } else if (s.startsWith("<!DOCTYPE", i)) {
                    throw refused("the request has a DOCTYPE; DTDs and entities are refused");
                } else {
                    startTag();
                }
            } else if (c == '&') {
                reference();
            } else {
                charData();
            }
        }
    }

    private void startTag() throws HandlerException {
        i++; // '<'
        String n = nameAt();
        boolean empty = attributes();
        open(n);
        if (empty) {
            close();
        }
    }

    /** The attributes of a start tag, checked and ignored (the model has none a request uses). */
    private boolean attributes() throws HandlerException {
        String[] names = null;
        int count = 0;
        while (true) {
            boolean space = skipSpace();
            if (i >= s.length()) {
                throw malformed("the document ends inside a start tag");
            }
            if (s.startsWith("/>", i)) {
                i += 2;
                return true;
            }
            if (s.charAt(i) == '>') {
                i++;
                return false;
            }
            if (!space) {
                throw malformed("a start tag's attributes must be separated by space");
            }
            int at = i;
            String a = nameAt();
            expectEq();
            attributeValue();
            if (names == null) {
                names = new String[4];
            } else if (count == names.length) {
                names = java.util.Arrays.copyOf(names, count * 2);
            }
            for (int k = 0; k < count; k++) {
                if (names[k].equals(a)) {
                    i = at;
                    throw malformed("the attribute " + XmlText.excerpt(a, 40) + " is given twice in a start tag");
                }
            }
            names[count++] = a;
        }
    }

    private void attributeValue() throws HandlerException {
        if (i >= s.length() || s.charAt(i) != '"' && s.charAt(i) != '\'') {
            throw malformed("an attribute value must be quoted");
        }
        char q = s.charAt(i++);
        while (true) {
            if (i >= s.length()) {
                throw malformed("the document ends inside an attribute value");
            }
            char c = s.charAt(i);
            if (c == q) {
                i++;
                return;
            }
            if (c == '<') {
                throw malformed("an attribute value must not contain '<'");
            }
            if (c == '&') {
                referencedText();
            } else {
                checkChar(c);
                i++;
            }
        }
    }

    private void endTag() throws HandlerException {
        i += 2;
        int at = i;
        String n = nameAt();
        skipSpace();
        if (i >= s.length() || s.charAt(i) != '>') {
            throw malformed("an end tag must end with '>'");
        }
        if (!n.equals(name[depth])) {
            i = at;
            throw malformed("the element <" + XmlText.excerpt(name[depth], 40) + "> must be ended by </"
                    + XmlText.excerpt(name[depth], 40) + ">, not </" + XmlText.excerpt(n, 40) + ">");
        }
        i++;
        close();
    }

    private void open(String n) throws HandlerException {
        if (depth == 0 && !n.equals("doc")) {
            throw refused("the request's root element is <" + (n.length() > 40 ? n.substring(0, 40) + "..." : n)
                    + ">; expected <doc>");
        }
        if (depth + 1 > MAX_DEPTH) {
            throw refused("the request nests elements deeper than " + MAX_DEPTH + " levels; refused");
        }
        int parent = depth == 0 ? SKIP : kind[depth];
        if (parent == LEAF) {
            // JAXB keeps only the text after an element nested in a value; so does this reader
            text.setLength(0);
        }
        int k = SKIP;
        int bit = -1;
        if (depth == 0) {
            k = DOC;
        } else if (parent == DOC) {
            bit = RequestModel.docChild(n);
            k = bit == RequestModel.DOC_FUNC ? LEAF : bit == RequestModel.DOC_DEVICE ? DEVICE
                    : bit == RequestModel.DOC_PORT ? PORT : SKIP;
        } else if (parent == DEVICE) {
            bit = RequestModel.deviceChild(n);
            k = bit >= 0 ? LEAF : SKIP;
        } else if (parent == PORT) {
            bit = RequestModel.portChild(n);
            k = bit >= 0 ? LEAF : SKIP;
        }
        if (bit >= 0) {
            if ((seen[depth] & 1L << bit) != 0) {
                throw refused("the request has <" + n + "> twice" + (depth >= 2 ? " in <" + name[depth] + ">" : "")
                        + "; DCImanager sends one, and which one is meant cannot be told: refused, nothing was"
                        + " sent to the device");
            }
            seen[depth] |= 1L << bit;
        }
        depth++;
        kind[depth] = k;
        name[depth] = n;
        seen[depth] = 0;
        if (k == DEVICE) {
            device = new DeviceParams();
        } else if (k == PORT) {
            port = new PortParams();
        } else if (k == LEAF) {
            text = new StringBuilder();
        }
    }

    private void close() {
        if (kind[depth] == LEAF) {
            String value = text.toString();
            int parent = kind[depth - 1];
            if (parent == DOC) {
                func = value;
            } else if (parent == DEVICE) {
                RequestModel.setDevice(device, name[depth], value);
            } else {
                RequestModel.setPort(port, name[depth], value);
            }
            text = null;
        }
        name[depth] = null;
        depth--;
    }

    // ---- character data

    /** Text up to the next markup. */
    private void charData() throws HandlerException {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<' || c == '&') {
                break;
            }
            if (c == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' && i - 2 >= start) {
                throw malformed("the text contains ']]>', which XML does not allow outside a CDATA section");
            }
            checkChar(c);
            i++;
        }
        appendText(start, i);
    }

    private void cdata() throws HandlerException {
        i += 9;
        int end = s.indexOf("]]>", i);
        if (end < 0) {
            throw malformed("a CDATA section is not ended by ']]>'");
        }
        for (int k = i; k < end; k++) {
            checkCharAt(k);
        }
        appendText(i, end);
        i = end + 3;
    }

    private void appendText(int from, int to) {
        if (text != null && kind[depth] == LEAF) {
            text.append(s, from, to);
        }
    }

    /** A reference in element content: the character it stands for joins the text. */
    private void reference() throws HandlerException {
        String r = referencedText();
        if (text != null && kind[depth] == LEAF) {
            text.append(r);
        }
    }

    /** A character reference or one of the five predefined entities; any other entity is refused. */
    private String referencedText() throws HandlerException {
        int at = i;
        int semi = s.indexOf(';', i);
        if (semi < 0 || semi - i > 64) {
            throw malformed("'&' must start a reference such as &amp;");
        }
        String body = s.substring(i + 1, semi);
        i = semi + 1;
        if (body.startsWith("#")) {
            int cp;
            try {
                cp = body.startsWith("#x") ? Integer.parseInt(hex(body.substring(2)), 16)
                        : Integer.parseInt(decimal(body.substring(1)));
            } catch (NumberFormatException e) {
                i = at;
                throw malformed("the character reference &" + XmlText.excerpt(body, 20) + "; is malformed");
            }
            if (!XmlText.isAllowed(cp)) {
                i = at;
                throw malformed("the character reference &" + XmlText.excerpt(body, 20)
                        + "; names a character XML 1.0 does not allow");
            }
            return new String(Character.toChars(cp));
        }
        switch (body) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                if (!isName(body)) {
                    i = at;
                    throw malformed("'&' must start a reference such as &amp;");
                }
                throw refused("the request refers to the entity &" + XmlText.excerpt(body, 40)
                        + "; entities are refused");
        }
    }

    private static String hex(String d) {
        if (d.isEmpty() || d.length() > 6) {
            throw new NumberFormatException();
        }
        for (int k = 0; k < d.length(); k++) {
            if (!isHexDigit(d.charAt(k))) {
                throw new NumberFormatException();
            }
        }
        return d;
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String decimal(String d) {
        if (d.isEmpty() || d.length() > 7) {
            throw new NumberFormatException();
        }
        for (int k = 0; k < d.length(); k++) {
            if (d.charAt(k) < '0' || d.charAt(k) > '9') {
                throw new NumberFormatException();
            }
        }
        return d;
    }

    // ---- comments and processing instructions

    private void comment() throws HandlerException {
        i += 4;
        int end = s.indexOf("--", i);
        if (end < 0) {
            throw malformed("a comment is not ended by '-->'");
        }
        if (!s.startsWith("-->", end)) {
            i = end;
            throw malformed("a comment must not contain '--'");
        }
        for (int k = i; k < end; k++) {
            checkCharAt(k);
        }
        i = end + 3;
    }

    private void processingInstruction() throws HandlerException {
        i += 2;
        int at = i;
        String target = nameAt();
        if (target.equalsIgnoreCase("xml")) {
            i = at;
            throw malformed("a processing instruction must not be named 'xml' (an XML declaration belongs at the"
                    + " very start of the document)");
        }
        int end = s.indexOf("?>", i);
        if (end < 0) {
            throw malformed("a processing instruction is not ended by '?>'");
        }
        if (end > i && !isSpace(s.charAt(i))) {
            throw malformed("a processing instruction's target must be followed by space");
        }
        for (int k = i; k < end; k++) {
            checkCharAt(k);
        }
        i = end + 2;
    }

    // ---- lexical pieces

    private boolean skipSpace() {
        int start = i;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i > start;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void expectEq() throws HandlerException {
        skipSpace();
        if (i >= s.length() || s.charAt(i) != '=') {
            throw malformed("an attribute name must be followed by '='");
        }
        i++;
        skipSpace();
    }

    /** A quoted value without references (the XML declaration's). */
    private String quoted(String where) throws HandlerException {
        if (i >= s.length() || s.charAt(i) != '"' && s.charAt(i) != '\'') {
            throw malformed("a value in " + where + " must be quoted");
        }
        char q = s.charAt(i);
        int end = s.indexOf(q, i + 1);
        if (end < 0) {
            throw malformed("a value in " + where + " is not closed");
        }
        String v = s.substring(i + 1, end);
        i = end + 1;
        return v;
    }

    /** An XML name at the current position. */
    private String nameAt() throws HandlerException {
        int start = i;
        if (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isNameStart(cp)) {
                i += Character.charCount(cp);
                while (i < s.length()) {
                    cp = s.codePointAt(i);
                    if (!isNameStart(cp) && !isNameRest(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
        }
        if (i == start) {
            throw malformed("a name was expected");
        }
        return s.substring(start, i);
    }

    static boolean isName(String n) {
        if (n.isEmpty() || !isNameStart(n.codePointAt(0))) {
            return false;
        }
        for (int k = Character.charCount(n.codePointAt(0)); k < n.length(); ) {
            int cp = n.codePointAt(k);
            if (!isNameStart(cp) && !isNameRest(cp)) {
                return false;
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    /**
     * NameStartChar of XML 1.0 (fifth edition) within the Basic Multilingual Plane: the JDK's
     * parser takes no character beyond it in a name, and this reader takes the names it takes.
     */
    private static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD;
    }

    private static boolean isNameRest(int c) {
        return c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7 || c >= 0x300 && c <= 0x36F
                || c >= 0x203F && c <= 0x2040;
    }

    private void checkChar(char c) throws HandlerException {
        if (!(c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r')) {
            throw malformed(String.format("the character U+%04X is not allowed in XML 1.0", (int) c));
        }
    }

    private void checkCharAt(int k) throws HandlerException {
        char c = s.charAt(k);
        if (!(c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r')) {
            i = k;
            checkChar(c);
        }
    }

    // ---- errors

    private HandlerException malformed(String what) {
        int line = 1;
        int column = 1;
        int end = Math.min(i, s.length());
        for (int k = 0; k < end; k++) {
            if (s.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return HandlerException.badData("the request is not well-formed XML: line " + line + ", column " + column
                + ": " + what);
    }

    private static HandlerException refused(String what) {
        return HandlerException.badData(what);
    }
}
