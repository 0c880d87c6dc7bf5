package net.dcihandlers.core.protocol;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import net.dcihandlers.core.HandlerException;

import jakarta.xml.bind.annotation.XmlElement;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reading of requests through JAXB and the JDK's StAX parser that the handlers used before the
 * hand-written {@link RequestParser}, kept as the tests' oracle: what it reads, the handlers must
 * read the same way. (Its text, as it was:) Reads the request document from stdin. Refuses what a hostile or broken caller could send:
 * more than 1 MiB, bytes that are not UTF-8, a DOCTYPE (and with it every entity trick), an XML
 * version other than 1.0 (1.1 lets control characters such as {@code &#1;} through), nesting
 * deeper than any request needs, any root but {@code doc}, and any element of the request model
 * given twice: DCImanager sends one of each, and a reader that let the last one win would act
 * on a request nobody can tell the meaning of ({@code <func>status</func><func>port_off</func>}).
 */
final class JaxbRequestReader {
    static final int MAX_DEPTH = 8;
    /**
     * The elements the request model has once each, by the path of their parent ("doc",
     * "doc/device_params", "doc/port"), read from the model's own bindings so that they stay one.
     */
    static final Map<String, Set<String>> ONCE = onceEach();

    private JaxbRequestReader() {
    }

    /** Bytes and characters as the handlers read them (RequestReader); the XML through JAXB. */
    public static Request read(InputStream in) throws HandlerException {
        return parse(RequestReader.decode(RequestReader.readLimited(in)));
    }

    static Request parse(String text) throws HandlerException {
        if (text.isBlank()) {
            throw HandlerException.badData("the request is empty: expected a <doc> with <func> on stdin");
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        XMLStreamReader raw = null;
        try {
            raw = f.createXMLStreamReader(new StringReader(text));
            String version = raw.getVersion();
            if (version != null && !version.equals("1.0")) {
                throw HandlerException.badData("the request declares XML version " + XmlText.excerpt(version, 10)
                        + "; only XML 1.0 is accepted");
            }
            Guard guard = new Guard();
            XMLStreamReader reader = f.createFilteredReader(raw, guard);
            Unmarshaller u = JaxbXml.context().createUnmarshaller();
            Request o = u.unmarshal(reader, Request.class).getValue();
            // the unmarshaller stops at the end of <doc>: anything but comments and space after it
            // (a second root, trailing text) is a broken request
            while (raw.hasNext()) {
                int ev = raw.next();
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.CHARACTERS
                        && !raw.isWhiteSpace()) {
                    throw HandlerException.badData("the request has content after </doc>; expected one document");
                }
            }
            return o;
        } catch (Refused e) {
            throw HandlerException.badData(e.getMessage());
        } catch (XMLStreamException e) {
            throw HandlerException.badData("the request is not well-formed XML: " + clean(e.getMessage()));
        } catch (JAXBException e) {
            Throwable c = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (c instanceof Refused r) {
                throw HandlerException.badData(r.getMessage());
            }
            String m = c != null ? c.getMessage() : e.getMessage();
            throw HandlerException.badData("the request is not a usable document: " + clean(m));
        } finally {
            if (raw != null) {
                try {
                    raw.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open but a string
                }
            }
        }
    }

    private static String clean(String m) {
        if (m == null) {
            return "(no detail)";
        }
        String t = m.replaceAll("\\s+", " ").trim();
        // the JDK parser prefixes its messages with "ParseError at [row,col]:[r,c]\nMessage: "
        t = t.replaceFirst("^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\] Message: ", "line $1, column $2: ");
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    /** Thrown from the stream filter; carries the refusal to the caller through JAXB. */
    static final class Refused extends RuntimeException {
        Refused(String m) {
            super(m, null, false, false);
        }
    }

    private static Map<String, Set<String>> onceEach() {
        Map<String, Set<String>> once = new HashMap<>();
        once.put("doc", elements(Request.class));
        for (Field f : Request.class.getDeclaredFields()) {
            XmlElement e = f.getAnnotation(XmlElement.class);
            if (e != null && f.getType() != String.class) {
                once.put("doc/" + e.name(), elements(f.getType()));
            }
        }
        return Map.copyOf(once);
    }

    private static Set<String> elements(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Field f : type.getDeclaredFields()) {
            XmlElement e = f.getAnnotation(XmlElement.class);
            if (e != null) {
                if (java.util.Collection.class.isAssignableFrom(f.getType())) {
                    continue; // a repeatable element
                }
                names.add(e.name());
            }
        }
        return Set.copyOf(names);
    }

    private static final class Guard implements javax.xml.stream.StreamFilter {
        private int depth;
        private boolean rootSeen;
        /** The open elements' names from the root, and the children each has had. */
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Set<String>> children = new ArrayDeque<>();

        @Override
        public boolean accept(XMLStreamReader r) {
            switch (r.getEventType()) {
                case XMLStreamConstants.DTD ->
                        throw new Refused("the request has a DOCTYPE; DTDs and entities are refused");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new Refused("the request refers to an entity; entities are refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!"doc".equals(r.getLocalName())) {
                            throw new Refused("the request's root element is <" + shorten(r.getLocalName())
                                    + ">; expected <doc>");
                        }
                    }
                    if (++depth > MAX_DEPTH) {
                        throw new Refused("the request nests elements deeper than " + MAX_DEPTH + " levels; refused");
                    }
                    String name = r.getLocalName();
                    if (!path.isEmpty()) {
                        String parent = String.join("/", (Iterable<String>) path::descendingIterator);
                        Set<String> once = ONCE.get(parent);
                        if (once != null && once.contains(name) && !children.peek().add(name)) {
                            throw new Refused("the request has <" + name + "> twice" + (depth > 2 ? " in <"
                                    + path.peek() + ">" : "") + "; DCImanager sends one, and which one is meant"
                                    + " cannot be told: refused, nothing was sent to the device");
                        }
                    }
                    path.push(name);
                    children.push(new HashSet<>());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    path.pop();
                    children.pop();
                }
                default -> {
                }
            }
            return true;
        }

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
    }
}
