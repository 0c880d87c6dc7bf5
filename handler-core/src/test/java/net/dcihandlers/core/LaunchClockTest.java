package net.dcihandlers.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchClockTest {

    @Test
    void theStartIsTheUptimeLessTheStartTicks() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 2000 0 0 0 10 5 0 0 20 0 19 0 12345 100000 2000";
        assertEquals(200_000 - 123_450, LaunchClock.millisSinceStart(stat, "200.00 380.12\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (a (b) c) R 1 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 1 1";
        assertEquals(10_000 - 5_000, LaunchClock.millisSinceStart(stat, "10.00 1.00"));
    }

    @Test
    void aTextThatIsNotAStatLineGivesNoReading() {
        assertEquals(-1, LaunchClock.millisSinceStart("garbage", "1.00 1.00"));
        assertEquals(-1, LaunchClock.millisSinceStart("1 (x) S 1 2", "1.00 1.00"));
    }

    /** This JVM was started before the test ran and within the plausible bound, or the reading is refused (0). */
    @Test
    void thisProcessStartedInThePast() {
        long ms = LaunchClock.millisSinceStart();
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            assertTrue(ms >= 0 && ms <= LaunchClock.PLAUSIBLE_MAX_MILLIS, "read " + ms + " ms");
        } else {
            assertEquals(0, ms);
        }
    }
}
