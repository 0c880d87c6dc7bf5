package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.DumpReplay;
import net.dcihandlers.sim.SimulatedPdu;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * dci-pdu --dump of every kind of simulated PDU: snmpsim serving the dump gets the status and the
 * statistics (outlet power, where metered) the PDU got.
 */
class DumpRoundTripTest {
    @ParameterizedTest
    @EnumSource(SimulatedPdu.Kind.class)
    void statusAndStatisticsFromTheDumpAreThePdus(SimulatedPdu.Kind kind, @TempDir Path dir) {
        SimulatedPdu.Builder b = SimulatedPdu.builder(kind).outlets(6).off(2, 5).outletNames("web & db", "<spare>|1")
                .loadWatts(1, 180).loadWatts(3, 95);
        if (kind == SimulatedPdu.Kind.BLADECENTER) {
            b.emptySlots(4);
        }
        try (SimulatedPdu pdu = b.start()) {
            Doc status = DumpReplay.assertReplays(Main.spec(), "status", pdu.address(), "public", dir).ok();
            assertFalse(status.ports().isEmpty(), status.toString());
            DumpReplay.assertReplays(Main.spec(), "statistics", pdu.address(), "public", dir).ok();
        }
    }
}
