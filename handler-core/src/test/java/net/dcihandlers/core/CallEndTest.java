package net.dcihandlers.core;

import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.Request;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an error written when a call is cut short says, by how far the call had got. */
class CallEndTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final CallEnd end = new CallEnd(new DocumentOut(stdout), "dci-test", Trace.off(), 10000);

    @Test
    void whileReadingTheConfigurationItNamesTheFileAndTheDefaultDeadline() {
        end.readingConfiguration("/etc/x.conf, named by DCI_HANDLERS_CONF");
        String t = end.deadlineText();
        assertTrue(t.contains("/etc/x.conf") && t.contains("10000 ms, the default deadline.ms"), t);
    }

    @Test
    void whileReadingTheRequestItBlamesStdin() {
        end.readingRequest(3000, null);
        String t = end.deadlineText();
        assertTrue(t.contains("stdin") && t.contains("deadline.ms (3000 ms)"), t);
    }

    @Test
    void whileOperatingItNamesTheDeviceAsOtherErrorsDo() {
        end.readingRequest(3000, null);
        end.operating(new Request(" status ", new DeviceParams().ip(" 10.0.0.2 "), null));
        assertEquals("dci-test status did not finish within deadline.ms (3000 ms): the device at 10.0.0.2 is slow or"
                + " unreachable; check it, or raise deadline.ms", end.deadlineText());
        end.state().device(new DeviceAddress("10.0.0.2", 161));
        assertTrue(end.deadlineText().contains("the device at 10.0.0.2:161 is slow"), end.deadlineText());
    }

    @Test
    void aChangeSentAndNotConfirmedIsSaidPlainly() {
        end.readingRequest(3000, null);
        end.operating(new Request("port_off", new DeviceParams().ip("10.0.0.5"), null));
        end.state().unconfirmed("the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not confirm it");
        String t = end.deadlineText();
        assertTrue(t.contains("the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not confirm it,"
                + " so the change may still happen"), t);
        end.state().settled();
        assertFalse(end.deadlineText().contains("was sent"), end.deadlineText());
    }

    @Test
    void aSignalGetsOneDocumentSayingWhatWasSent() {
        end.readingRequest(3000, null);
        assertTrue(end.stopped());
        String doc = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(doc.contains("<type>connection</type>") && doc.contains("stopped by a signal")
                && doc.contains("nothing was sent to any device"), doc);
        end.operating(new Request("port_off", new DeviceParams().ip("10.0.0.5"), null));
        assertTrue(end.stopped(), "a document is out");
        assertEquals(doc, stdout.toString(StandardCharsets.UTF_8), "and only one");
    }
}
