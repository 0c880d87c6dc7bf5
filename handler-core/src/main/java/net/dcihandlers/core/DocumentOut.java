package net.dcihandlers.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.XmlText;

/**
 * The real stdout, which carries exactly one document: the first one offered is written, any later
 * one (from the watchdog racing a late answer, say) is dropped.
 */
public final class DocumentOut {
    private final OutputStream out;
    private boolean written;

    public DocumentOut(OutputStream out) {
        this.out = out;
    }

    public synchronized boolean emit(byte[] document) {
        if (written) {
            return false;
        }
        written = true;
        try {
            out.write(document);
            out.flush();
        } catch (IOException e) {
            // the reader went away; there is no one left to tell
        }
        return true;
    }

    public synchronized boolean written() {
        return written;
    }

    /**
     * An error document built without JAXB, for the moments JAXB itself cannot be trusted: the last
     * resort and the watchdog.
     */
    public static byte[] plainError(ErrorType type, String text) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc><error><type>" + type.wire()
                + "</type><text>" + XmlText.escape(text) + "</text></error></doc>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
