package net.dcihandlers.ipmi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedBmcTest {
    @Test
    void aMissingPeerProgramFailsTheTestsNamingTheDebianPackageToInstall() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> SimulatedBmc.Programs.require("ipmi_sim-not-here", "openipmi"));
        assertTrue(e.getMessage().contains("apt-get install openipmi"), e.getMessage());
    }
}
