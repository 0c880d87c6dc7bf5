package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.DumpReplay;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.ups.UpsParams;
import net.dcihandlers.sim.SimulatedUps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-ups --dump of the simulated UPS, single- and three-phase: snmpsim serving the dump gets the
 * status the UPS got.
 */
class DumpRoundTripTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void statusFromTheDumpIsTheUpss(int lines, @TempDir Path dir) {
        try (SimulatedUps ups = SimulatedUps.builder().lines(lines).sysName("ups & <" + lines + ">").start()) {
            for (int line = 1; line <= lines; line++) {
                ups.setInputVoltage(line, 228 + line);
                ups.setOutputPower(line, 900 + 10 * line);
                ups.setOutputPercentLoad(line, 40 + line);
            }
            ups.setMinutesRemaining(37);
            ups.setAlarms(SimulatedUps.Alarm.FAN_FAILURE);
            Doc live = DumpReplay.assertReplays(Main.spec(), "status", ups.address(), "public", dir).ok();
            assertFalse(UpsParams.numbers(live).isEmpty(), live.toString());
        }
    }

    /** upsd is no SNMP agent: there is nothing for snmpsim to serve, and dci-ups-nut says so. */
    @Test
    void nutHasNoDump(@TempDir Path dir) {
        Path file = dir.resolve("ups.snmprec");
        RunResult r = InProcess.of(net.dcihandlers.ups.nut.Main.spec()).run("", "--dump", file.toString(), "--ip", "rack1@10.0.0.9");
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("dci-ups-nut reads no SNMP device"), r.stderr());
        assertEquals("", r.stdout());
        assertFalse(Files.exists(file));
    }
}
