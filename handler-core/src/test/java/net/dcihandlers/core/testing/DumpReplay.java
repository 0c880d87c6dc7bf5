package net.dcihandlers.core.testing;

import net.dcihandlers.core.HandlerSpec;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The round trip of {@code --dump}: what a handler answers a device, and what it answers snmpsim
 * serving its dump of that device, must be the same document, or the dump an operator sends would
 * not show a developer what the handler saw.
 */
public final class DumpReplay {
    private DumpReplay() {
    }

    /**
     * Runs a function of the whole device ({@code status}, {@code statistics}) against the device
     * at {@code ip} (SNMP v2c), dumps the device into {@code dir}, runs the function against
     * snmpsim serving the dump, and asserts the two answers are the same document; returns the
     * device's answer, for the test to check it is one worth comparing.
     */
    public static Doc assertReplays(HandlerSpec spec, String func, String ip, String community, Path dir) {
        InProcess handler = InProcess.of(spec).config(Patience.answering());
        RunResult live = handler.run(Requests.call(func, Requests.snmp(ip, "v2c", community)));
        Path file = dir.resolve(spec.command() + "-" + func + ".snmprec");
        RunResult dump = handler.run("", "--dump", file.toString(), "--ip", ip, "--community", community);
        assertEquals(0, dump.exit(), "the dump: " + dump.stdout() + dump.stderr());
        try (Snmpsim sim = Snmpsim.start(Map.of(community, file))) {
            RunResult replayed = handler.run(Requests.call(func, Requests.snmp(sim.address(), "v2c", community)));
            assertEquals(live.stdout(), replayed.stdout(), func + " from the device, then from its dump");
        }
        return live.doc();
    }
}
