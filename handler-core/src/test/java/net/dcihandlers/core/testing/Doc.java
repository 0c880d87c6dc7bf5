package net.dcihandlers.core.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A handler's answer as the panel sees it: parsed with the JDK's DOM parser, independent of the
 * project's JAXB model, so tests check the document itself. Parsing fails the test when the
 * output is not exactly one well-formed document.
 */
public final class Doc {
    private final String text;
    private final Element root;

    private Doc(String text, Element root) {
        this.text = text;
        this.root = root;
    }

    public static Doc parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            Element root = d.getDocumentElement();
            if (!"doc".equals(root.getTagName())) {
                throw new AssertionError("root is <" + root.getTagName() + ">, not <doc>:\n" + text);
            }
            return new Doc(text, root);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("not one well-formed document (" + e.getMessage() + "):\n" + text, e);
        }
    }

    public String text() {
        return text;
    }

    public boolean isError() {
        return !children(root, "error").isEmpty();
    }

    /** error/type, or null when the document is not an error. */
    public String errorType() {
        List<Element> e = children(root, "error");
        return e.isEmpty() ? null : childText(e.get(0), "type");
    }

    public String errorText() {
        List<Element> e = children(root, "error");
        return e.isEmpty() ? null : childText(e.get(0), "text");
    }

    /** Asserts the document is not an error and returns it. */
    public Doc ok() {
        if (isError()) {
            throw new AssertionError("expected an answer, got error " + errorType() + ": " + errorText());
        }
        return this;
    }

    /** Asserts the document is an error of the given type and returns it. */
    public Doc error(String type) {
        if (!isError()) {
            throw new AssertionError("expected an error of type " + type + ", got:\n" + text);
        }
        if (!type.equals(errorType())) {
            throw new AssertionError("expected error type " + type + ", got " + errorType() + ": " + errorText());
        }
        return this;
    }

    public String hostname() {
        return childText(root, "hostname");
    }

    /** Top-level element text, or null. */
    public String field(String name) {
        return childText(root, name);
    }

    public List<String> childNames(String element) {
        List<String> out = new ArrayList<>();
        for (Element e : children(root, element)) {
            NodeList nl = e.getChildNodes();
            for (int i = 0; i < nl.getLength(); i++) {
                if (nl.item(i) instanceof Element c) {
                    out.add(c.getTagName());
                }
            }
        }
        return out;
    }

    /** Ports by identity, each as its field name -> text (repeated fields such as mac joined by a space). */
    public Map<String, Map<String, String>> ports() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Element p : children(root, "port")) {
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList nl = p.getChildNodes();
            for (int i = 0; i < nl.getLength(); i++) {
                if (nl.item(i) instanceof Element c) {
                    fields.merge(c.getTagName(), c.getTextContent(), (a, b) -> a + " " + b);
                }
            }
            String id = fields.get("identity");
            if (out.put(id, fields) != null) {
                throw new AssertionError("identity " + id + " appears twice:\n" + text);
            }
        }
        return out;
    }

    /** The only port of the document. */
    public Map<String, String> port() {
        Map<String, Map<String, String>> ps = ports();
        if (ps.size() != 1) {
            throw new AssertionError("expected one port, got " + ps.size() + ":\n" + text);
        }
        return ps.values().iterator().next();
    }

    /** UPS parameters: name -> value text (strvalue or floatvalue). */
    public Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element p : children(root, "eq_param")) {
            String v = childText(p, "strvalue");
            out.put(p.getAttribute("name"), v != null ? v : childText(p, "floatvalue"));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String name) {
        List<Element> l = children(parent, name);
        return l.isEmpty() ? null : l.get(0).getTextContent();
    }

    @Override
    public String toString() {
        return text;
    }
}
