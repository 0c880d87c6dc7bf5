package net.dcihandlers.core.protocol;

/**
 * Text that goes into a response document. Device strings (interface descriptions, outlet names)
 * can hold bytes that XML 1.0 forbids; JAXB would write them as they are and the panel would get a
 * document it cannot parse. Every such character becomes U+FFFD.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = isAllowed(cp);
            // a lone surrogate reports itself as a code point in the surrogate range
            if (ok && out != null) {
                out.appendCodePoint(cp);
            } else if (!ok) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                out.append('\uFFFD');
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /** Whether XML 1.0 allows the code point in a document (its Char production). */
    public static boolean isAllowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * A value from a request or a device quoted in an error text: control characters shown as '?',
     * and at most {@code max} characters, so a hostile value can neither break a line nor flood the
     * panel's message.
     */
    public static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.length() > max ? s.substring(0, max) + "..." : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    /** Escapes text for the documents written as plain strings (-info, the last-resort error document). */
    public static String escape(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
