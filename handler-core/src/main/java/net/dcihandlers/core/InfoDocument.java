package net.dcihandlers.core;

import net.dcihandlers.core.protocol.XmlText;

/**
 * The -info document, written from the handler's declaration. It is written directly rather than
 * through JAXB: DCImanager runs every handler with -info at each panel start, and a JAXB context
 * alone costs more start-up time than the whole -info answer may take. Its content is the
 * declaration's fixed names, escaped all the same.
 */
final class InfoDocument {
    private InfoDocument() {
    }

    static String render(HandlerSpec spec) {
        StringBuilder b = new StringBuilder(512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc>\n");
        b.append("  <type>").append(XmlText.escape(spec.type().wire())).append("</type>\n");
        b.append("  <name>").append(XmlText.escape(spec.name())).append("</name>\n");
        if (spec.requirements().isEmpty()) {
            b.append("  <requirements/>\n");
        } else {
            b.append("  <requirements>\n");
            for (Requirement r : spec.requirements()) {
                b.append("    <").append(r.wire()).append("/>\n");
            }
            b.append("  </requirements>\n");
        }
        b.append("  <supported_funcs>\n");
        for (Function f : spec.functions().keySet()) {
            b.append("    <").append(f.wire()).append("/>\n");
        }
        b.append("  </supported_funcs>\n</doc>\n");
        return b.toString();
    }
}
