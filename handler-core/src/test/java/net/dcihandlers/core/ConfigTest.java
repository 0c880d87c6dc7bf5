package net.dcihandlers.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWithoutAFile() throws Exception {
        Config c = Config.load(Map.of(), dir.toString());
        assertEquals(10000, c.integer(CoreSettings.DEADLINE_MS, 1, 100000));
        assertTrue(c.source().contains("absent"));
    }

    @Test
    void readsTheInstallationsFile() throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/dci-handlers.conf"), "snmp.timeout.ms = 700\n# comment\n");
        Config c = Config.load(Map.of(), dir.toString());
        assertEquals(700, c.integer(CoreSettings.SNMP_TIMEOUT_MS, 1, 100000));
        assertEquals(1, c.integer(CoreSettings.SNMP_RETRIES, 0, 10));
    }

    @Test
    void theEnvironmentNamesAnotherFile() throws Exception {
        Path f = dir.resolve("other.conf");
        Files.writeString(f, "snmp.retries=3\n");
        Config c = Config.load(Map.of(Config.ENV_FILE, f.toString()), null);
        assertEquals(3, c.integer(CoreSettings.SNMP_RETRIES, 0, 10));
        assertEquals(f.toString(), c.source());
    }

    @Test
    void aNamedFileThatDoesNotExistIsAnError() {
        HandlerException e = assertThrows(HandlerException.class,
                () -> Config.load(Map.of(Config.ENV_FILE, dir.resolve("nope.conf").toString()), null));
        assertTrue(e.getMessage().contains("nope.conf"));
    }

    @Test
    void aBadValueNamesTheKeyAndTheFile() throws Exception {
        Path f = dir.resolve("bad.conf");
        Files.writeString(f, "snmp.timeout.ms=soon\n");
        Config c = Config.load(Map.of(Config.ENV_FILE, f.toString()), null);
        HandlerException e = assertThrows(HandlerException.class, () -> c.integer(CoreSettings.SNMP_TIMEOUT_MS, 50, 1000));
        assertTrue(e.getMessage().contains("snmp.timeout.ms=soon"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.conf"), e.getMessage());
    }

    @Test
    void outOfRangeIsRefused() {
        Config c = Config.of(Map.of("snmp.retries", "99"));
        assertThrows(HandlerException.class, () -> c.integer(CoreSettings.SNMP_RETRIES, 0, 10));
    }

    @Test
    void unknownKeysOfTheHandlersNamespacesAreReported() {
        Config c = Config.of(Map.of("snmp.retrys", "2", "snmp.retries", "2", "ipmi.tool", "/x"));
        assertEquals(java.util.List.of("snmp.retrys"), c.unknownKeys(CoreSettings.ALL));
    }

    /** Opening a FIFO blocks until someone writes to it: such a file is refused at once, unopened. */
    @Test
    void aConfigurationThatIsAPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("conf.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        HandlerException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThrows(HandlerException.class, () -> Config.load(Map.of(Config.ENV_FILE, fifo.toString()), null)));
        assertTrue(e.getMessage().contains("not a regular file") && e.getMessage().contains(fifo.toString()),
                e.getMessage());
        Path link = Files.createSymbolicLink(dir.resolve("link.conf"), fifo);
        assertThrows(HandlerException.class, () -> Config.load(Map.of(Config.ENV_FILE, link.toString()), null));
    }

    @Test
    void aConfigurationThatIsAFolderOrADeviceOrHugeIsRefused() throws Exception {
        assertTrue(assertThrows(HandlerException.class, () -> Config.load(Map.of(Config.ENV_FILE, dir.toString()), null))
                .getMessage().contains("a folder"));
        assertThrows(HandlerException.class, () -> Config.load(Map.of(Config.ENV_FILE, "/dev/zero"), null));
        Path big = dir.resolve("big.conf");
        Files.write(big, new byte[Config.MAX_BYTES + 1]);
        assertTrue(assertThrows(HandlerException.class, () -> Config.load(Map.of(Config.ENV_FILE, big.toString()), null))
                .getMessage().contains("larger than 1 MiB"));
    }

    @Test
    void describeNamesTheFileBeforeItIsRead() {
        assertEquals("/x/y.conf, named by DCI_HANDLERS_CONF", Config.describe(Map.of(Config.ENV_FILE, "/x/y.conf"), "/h"));
        assertEquals(Path.of("/h", "etc", "dci-handlers.conf").toString(), Config.describe(Map.of(), "/h"));
    }
}
