package net.dcihandlers.core.state;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateDirTest {
    @TempDir
    Path tmp;

    @Test
    void theFolderIsMadeOwnerOnlyOnFirstWriteAndEntriesAreReadBack() throws Exception {
        Path dir = tmp.resolve("var");
        StateDir s = StateDir.of(Config.of(Map.of("state.dir", dir.toString()))).orElseThrow();
        assertEquals(Optional.empty(), s.read("ipmi-cipher-10.0.0.5-623"));
        s.write("ipmi-cipher-10.0.0.5-623", "3\n");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals(Optional.of("3\n"), s.read("ipmi-cipher-10.0.0.5-623"));
        s.write("ipmi-cipher-10.0.0.5-623", "17\n");
        assertEquals(Optional.of("17\n"), s.read("ipmi-cipher-10.0.0.5-623"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void withoutASettingTheDefaultIsVarOfTheInstallationAndWithoutAnInstallationThereIsNone() throws Exception {
        assertEquals(Optional.empty(), StateDir.of(Config.of(Map.of())));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Config c = Config.load(Map.of(), home.toString());
        assertEquals(home.resolve("var"), StateDir.of(c).orElseThrow().dir());
        HandlerException e = assertThrows(HandlerException.class, () -> StateDir.require(Config.of(Map.of()), "pins"));
        assertTrue(e.getMessage().contains("state.dir"), e.getMessage());
    }

    @Test
    void entryNamesKeepAddressesOutOfPathSyntax() {
        assertEquals("redfish-pin-10.0.0.5-443", StateDir.entry("redfish-pin", "10.0.0.5", 443));
        assertEquals("redfish-pin-fe80__1_eth0-443", StateDir.entry("redfish-pin", "fe80::1%eth0", 443));
        assertThrows(IllegalArgumentException.class, () -> StateDir.at(tmp).path("../etc/passwd"));
    }
}
