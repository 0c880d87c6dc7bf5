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
        assertEquals(10000, c.integer(CoreSettings.DEADLINE_MS));
        assertTrue(c.source().contains("absent"));
    }

    @Test
    void readsTheInstallationsFile() throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/dci-handlers.conf"), "snmp.timeout.ms = 700\n# comment\n");
        Config c = Config.load(Map.of(), dir.toString());
        assertEquals(700, c.integer(CoreSettings.SNMP_TIMEOUT_MS));
        assertEquals(1, c.integer(CoreSettings.SNMP_RETRIES));
    }

    @Test
    void theEnvironmentNamesAnotherFile() throws Exception {
        Path f = dir.resolve("other.conf");
        Files.writeString(f, "snmp.retries=3\n");
        Config c = Config.load(Map.of(Config.ENV_FILE, f.toString()), null);
        assertEquals(3, c.integer(CoreSettings.SNMP_RETRIES));
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
        HandlerException e = assertThrows(HandlerException.class, () -> c.integer(CoreSettings.SNMP_TIMEOUT_MS));
        assertTrue(e.getMessage().contains("snmp.timeout.ms=soon"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.conf"), e.getMessage());
    }

    @Test
    void outOfRangeIsRefused() {
        Config c = Config.of(Map.of("snmp.retries", "99"));
        assertThrows(HandlerException.class, () -> c.integer(CoreSettings.SNMP_RETRIES));
    }

    /** Every declared value is checked when the configuration is loaded, whichever setting a call reads. */
    @Test
    void checkRefusesTheFirstBadValueOfTheDeclaredSettingsNamingTheKeyAndWhatItTakes() throws Exception {
        Config.of(Map.of("snmp.retries", "10", "snmp.v3.auth.protocol", "sha256", "queue.slots", "OFF",
                "log.file", "/any thing")).check(CoreSettings.ALL);
        Config.of(Map.of("queue.slots", "12")).check(CoreSettings.ALL);
        for (Map.Entry<String, String> bad : Map.of("deadline.ms", "999", "snmp.retries", "-1",
                "snmp.max.repetitions", "1e3", "snmp.v3.priv.protocol", "AES512", "queue.slots", "many").entrySet()) {
            HandlerException e = assertThrows(HandlerException.class,
                    () -> Config.of(Map.ofEntries(bad)).check(CoreSettings.ALL), bad::toString);
            assertTrue(e.getMessage().contains(bad.getKey() + "=" + bad.getValue() + " is not valid; expected "),
                    e.getMessage());
        }
        HandlerException e = assertThrows(HandlerException.class,
                () -> Config.of(Map.of("snmp.timeout.ms", "49")).check(CoreSettings.ALL));
        assertTrue(e.getMessage().endsWith("expected a whole number from 50 to 60000"), e.getMessage());
        e = assertThrows(HandlerException.class,
                () -> Config.of(Map.of("snmp.v3.auth.protocol", "SHA3")).check(CoreSettings.ALL));
        assertTrue(e.getMessage().endsWith("expected MD5, SHA, SHA224, SHA256, SHA384, SHA512 or SHA1"), e.getMessage());
    }

    /** A declaration's default must be one of its own values: a wrong one does not build. */
    @Test
    void aSettingWhoseDefaultItRefusesCannotBeDeclared() {
        assertThrows(IllegalArgumentException.class, () -> Setting.integer("x.y", 5, 10, 20, "d"));
        assertThrows(IllegalArgumentException.class, () -> Setting.choice("x.y", "maybe", "d", "yes", "no"));
    }

    /** The choices the SNMP settings declare are exactly the spellings the SNMP client takes. */
    @Test
    void theSnmpProtocolChoicesAreTheClientsSpellings() {
        assertEquals(net.dcihandlers.core.snmp.SnmpCredentialsSpellings.auth(),
                ((Setting.OneOf) CoreSettings.SNMP_V3_AUTH_PROTOCOL.values()).spellings());
        assertEquals(net.dcihandlers.core.snmp.SnmpCredentialsSpellings.priv(),
                ((Setting.OneOf) CoreSettings.SNMP_V3_PRIV_PROTOCOL.values()).spellings());
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
