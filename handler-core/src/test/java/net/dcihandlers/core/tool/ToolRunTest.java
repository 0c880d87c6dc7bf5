package net.dcihandlers.core.tool;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolRunTest {

    @Test
    void secretsTravelInTheEnvironmentAndOutputIsCaptured() throws Exception {
        ToolRun.Result r = ToolRun.run(List.of("/bin/sh", "-c", "printf %s \"$SECRET\"; echo oops >&2; exit 3"),
                Map.of("SECRET", "s3cret"), 5000, Trace.off());
        assertEquals(3, r.exit());
        assertEquals("s3cret", r.stdout());
        assertEquals("oops\n", r.stderr());
    }

    @Test
    void argumentsReachTheToolAsTheyAreWithoutAShell() throws Exception {
        ToolRun.Result r = ToolRun.run(List.of("/bin/echo", "$(id)", ";", "`id`", "a b"), Map.of(), 5000, Trace.off());
        assertEquals("$(id) ; `id` a b\n", r.stdout());
    }

    @Test
    void aToolThatHangsIsKilledWithItsChildren() {
        // the tool's 300 s are far beyond the bound a loaded machine is allowed
        long t0 = System.nanoTime();
        HandlerException e = assertThrows(HandlerException.class, () -> ToolRun.run(
                List.of("/bin/sh", "-c", "sleep 300 & sleep 300; wait"), Map.of(), 700, Trace.off()));
        long ms = Patience.millisSince(t0);
        assertEquals(ErrorType.CONNECTION, e.type());
        assertTrue(ms < Patience.bound(700), "took " + ms + " ms");
        assertTrue(ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive), "no child left running");
    }

    @Test
    void aMissingToolIsNamed() {
        HandlerException e = assertThrows(HandlerException.class,
                () -> ToolRun.run(List.of("/nonexistent/tool", "x"), Map.of(), 1000, Trace.off()));
        assertTrue(e.getMessage().contains("/nonexistent/tool"), e.getMessage());
    }

    @Test
    void theTraceQuotesArgumentsSoTheyReadUnambiguously() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ToolRun.run(List.of("/bin/true", "-U", ";touch x", "it's"), Map.of(), 5000, Trace.to(new PrintStream(b, true)));
        assertTrue(b.toString().contains("/bin/true -U ';touch x' 'it'\\''s'"), b.toString());
    }
}
