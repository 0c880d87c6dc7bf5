package net.dcihandlers.core.protocol;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The JAXB binding of requests and responses, created on first use only. The panel's calls do not
 * use it: {@link ProtocolXml} writes and {@link RequestParser} reads the same documents by hand,
 * and the tests hold them to what JAXB makes of the model. It writes the request documents of the
 * manual mode ({@code --request}), where a person waits, not a panel polling hundreds of devices.
 */
public final class JaxbXml {
    private static volatile JAXBContext context;

    private JaxbXml() {
    }

    static JAXBContext context() throws JAXBException {
        JAXBContext c = context;
        if (c == null) {
            synchronized (ProtocolXml.class) {
                c = context;
                if (c == null) {
                    c = JAXBContext.newInstance(Request.class, Response.class);
                    context = c;
                }
            }
        }
        return c;
    }

    /** The request as a document, for the manual mode's {@code --request}. */
    public static byte[] write(Request request) throws JAXBException {
        return marshal(request, true);
    }

    /** A request or response as UTF-8 bytes, with an XML declaration and a final newline (the tests' oracle). */
    static byte[] marshal(Object document, boolean pretty) throws JAXBException {
        Marshaller m = context().createMarshaller();
        m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, pretty);
        m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        m.marshal(document, body);
        byte[] b = body.toByteArray();
        // JAXB starts a formatted fragment with a line break; the declaration goes there instead
        int start = 0;
        while (start < b.length && (b[start] == '\n' || b[start] == '\r' || b[start] == ' ')) {
            start++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
        out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        out.write(b, start, b.length - start);
        if (b.length == 0 || b[b.length - 1] != '\n') {
            out.write('\n');
        }
        return out.toByteArray();
    }
}
