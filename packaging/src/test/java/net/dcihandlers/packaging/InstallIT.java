package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static net.dcihandlers.packaging.Dist.assertInfo;
import static net.dcihandlers.packaging.Dist.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** install.sh into a temporary prefix, as root would run it on the panel host. */
class InstallIT {
    Path tmp;

    @BeforeEach
    void scratch() throws IOException {
        tmp = Dist.newScratch("InstallIT");
    }

    @AfterEach
    void removeScratch() throws IOException {
        Dist.deleteTree(tmp);
    }

    private Path prefix() throws IOException {
        return Files.createDirectories(tmp.resolve("mgr5")).toRealPath();
    }

    private static Dist.Result install(Path dist, Map<String, String> env, String... options) {
        List<String> cmd = new ArrayList<>(List.of("dash", dist.resolve("install.sh").toString()));
        cmd.addAll(List.of(options));
        return run(cmd, env, dist.getParent(), (String) null);
    }

    private static Dist.Result installOk(Path dist, String... options) {
        Dist.Result r = install(dist, Dist.withJava(), options);
        assertEquals(0, r.exit(), r::describe);
        return r;
    }

    @Test
    void installsOutsideThePanelsFolderAndLinksOnlyTheLaunchersIntoIt() throws IOException {
        Path prefix = prefix();
        Dist.Result r = installOk(Dist.home(), "--prefix", prefix.toString());

        Path home = prefix.resolve("dci-handlers");
        Path panel = prefix.resolve("var/dcihandlers");
        Set<String> entries = new TreeSet<>();
        try (Stream<Path> s = Files.list(panel)) {
            s.forEach(p -> entries.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(Dist.HANDLER_TYPES.keySet()), entries, "var/dcihandlers holds the launchers only");
        for (String name : entries) {
            Path link = panel.resolve(name);
            assertTrue(Files.isSymbolicLink(link), link + " is a symlink");
            assertEquals(home.resolve("bin").resolve(name), Files.readSymbolicLink(link));
            assertInfo(run(List.of(link.toString(), "-info"), Dist.withJava(), tmp, (String) null),
                    Dist.HANDLER_TYPES.get(name));
        }
        for (String file : List.of("bin/dci-switch", "bin/dci-ipmi", "lib/dci-switch.jar", "lib/dci-ipmi.jar",
                "etc/dci-handlers.conf", "install.sh", "README")) {
            assertArrayEquals(Dist.bytes(Dist.home().resolve(file)), Dist.bytes(home.resolve(file)), file);
        }
        assertArrayEquals(Dist.bytes(Dist.home().resolve("etc/dci-handlers.conf")),
                Dist.bytes(home.resolve("etc/dci-handlers.conf.dist")));
        assertTrue(Files.isExecutable(home.resolve("bin/dci-switch")));
        assertTrue(r.stdout().contains("DCImanager will register:"), r::describe);
        for (Map.Entry<String, String> h : Dist.HANDLER_TYPES.entrySet()) {
            assertTrue(r.stdout().contains(h.getKey() + ": " + h.getValue()), r::describe);
        }
        assertTrue(r.stdout().contains("Restart the panel"), r::describe);
        assertEquals("", r.stderr(), r::describe);
    }

    /**
     * The install prepares one class-data archive per handler; installing the same files again keeps
     * them (re-made archives would cost the panel slow calls for nothing); a changed launcher or jar
     * makes them stale, so they go; the installed copy's --uninstall removes them with the rest.
     */
    @Test
    void classDataArchivesAreMadeKeptForIdenticalJarsAndRemovedWithChangedOnes() throws IOException {
        Path prefix = prefix();
        Map<String, String> before = Dist.snapshot(prefix);
        Map<String, String> env = Dist.withJava();
        env.remove("DCI_NO_CDS");
        Dist.Result r = install(Dist.home(), env, "--prefix", prefix.toString());
        assertEquals(0, r.exit(), r::describe);
        Path cds = prefix.resolve("dci-handlers/lib/cds");
        assertEquals(new TreeSet<>(Dist.HANDLER_TYPES.keySet()), archivedHandlers(cds), r::describe);
        assertTrue(r.stdout().contains("prepare class-data archive"), r::describe);

        Map<String, String> archives = Dist.snapshot(cds);
        Dist.Result again = install(Dist.home(), env, "--prefix", prefix.toString());
        assertEquals(0, again.exit(), again::describe);
        assertEquals(archives, Dist.snapshot(cds), "the same jars keep their archives, untouched: " + again.describe());
        assertTrue(again.stdout().contains("keep " + cds.resolve("dci-switch-")), again::describe);
        assertFalse(again.stdout().contains("prepare class-data archive"), again::describe);

        // the next build: one launcher differs, so every archive is stale (made again unless
        // DCI_NO_CDS, which here keeps the test short)
        Path next = distributionCopy("next");
        Files.writeString(next.resolve("bin/dci-pdu"), "# rebuilt\n", java.nio.file.StandardOpenOption.APPEND);
        Dist.Result changed = installOk(next, "--prefix", prefix.toString());
        assertEquals(Set.of(), archivedHandlers(cds), changed::describe);
        assertTrue(changed.stdout().contains("remove " + cds.resolve("dci-switch-")), changed::describe);
        assertTrue(changed.stdout().contains("(class-data archive made from other jars)"), changed::describe);

        Path installedCopy = prefix.resolve("dci-handlers/install.sh");
        Dist.Result u = run(List.of(installedCopy.toString(), "--uninstall"), env, tmp, (String) null);
        assertEquals(0, u.exit(), u::describe);
        assertEquals(before, Dist.snapshot(prefix), "nothing left behind, archives included");
    }

    private static Set<String> archivedHandlers(Path cds) throws IOException {
        Set<String> handlers = new TreeSet<>();
        try (Stream<Path> s = Files.list(cds)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa"))
                    .forEach(n -> handlers.add(n.replaceFirst("-[0-9][^-]*\\.jsa$", "")));
        }
        return handlers;
    }

    /**
     * An upgrade keeps an edited configuration and adds to it, commented out with their
     * explanations, the settings it does not mention (here: as if installed by a version that
     * lacked them), once.
     */
    @Test
    void anUpgradeAddsNewSettingsCommentedOutToAnEditedConfiguration() throws IOException {
        Path prefix = prefix();
        installOk(Dist.home(), "--prefix", prefix.toString());
        Path conf = prefix.resolve("dci-handlers/etc/dci-handlers.conf");
        String older = Files.readString(conf)
                .replaceAll("(?s)# A file every call made by DCImanager appends to:[^\\n]*\\n(# [^\\n]*\\n)*#log\\.file=\\n", "")
                .replace("#nut.timeout.ms=3000\n", "") + "deadline.ms=3000\n";
        assertFalse(older.contains("log.file"), "the older configuration lacks log.file");
        Files.writeString(conf, older);

        Dist.Result r = installOk(Dist.home(), "--prefix", prefix.toString());
        String upgraded = Files.readString(conf);
        assertTrue(upgraded.startsWith(older), "what was there is kept as it was");
        String added = upgraded.substring(older.length());
        assertTrue(added.contains("\n#log.file=\n") && added.contains("\n#nut.timeout.ms=3000\n"), added);
        assertTrue(added.contains("# A file every call made by DCImanager appends to"), "with its explanation: " + added);
        assertFalse(added.contains("#deadline.ms="), "nothing it already mentions: " + added);
        assertTrue(r.stdout().contains("new settings log.file nut.timeout.ms"), r::describe);

        installOk(Dist.home(), "--prefix", prefix.toString());
        assertEquals(upgraded, Files.readString(conf), "added once");
    }

    @Test
    void runningItAgainChangesNothingAndKeepsAnEditedConfiguration() throws IOException {
        Path prefix = prefix();
        installOk(Dist.home(), "--prefix", prefix.toString());
        Path conf = prefix.resolve("dci-handlers/etc/dci-handlers.conf");
        String edited = Files.readString(conf) + "deadline.ms=3000\n";
        Files.writeString(conf, edited);
        Map<String, String> before = Dist.snapshot(prefix);

        // bash this time: the script is POSIX and must not care which shell runs it
        Dist.Result again = run(List.of("bash", Dist.home().resolve("install.sh").toString(), "--prefix",
                prefix.toString()), Dist.withJava(), tmp, (String) null);

        assertEquals(0, again.exit(), again::describe);
        assertEquals(edited, Files.readString(conf));
        Map<String, String> after = Dist.snapshot(prefix);
        after.remove("dci-handlers/install.manifest");
        before.remove("dci-handlers/install.manifest");
        assertEquals(before, after, "a second run rewrites nothing");
        assertTrue(again.stdout().contains("keep " + conf + " (edited"), again::describe);
    }

    @Test
    void anUpgradeRefreshesAnUneditedConfigurationAndDropsWhatIsNoLongerShipped() throws IOException {
        Path prefix = prefix();
        installOk(Dist.home(), "--prefix", prefix.toString());
        // the next version: a changed default configuration, and no dci-ipmi any more
        Path next = distributionCopy("next");
        Files.writeString(next.resolve("etc/dci-handlers.conf"), "# the next version's defaults\n#deadline.ms=9000\n");
        Files.delete(next.resolve("bin/dci-ipmi"));
        Files.delete(next.resolve("lib/dci-ipmi.jar"));

        installOk(next, "--prefix", prefix.toString());

        Path home = prefix.resolve("dci-handlers");
        assertEquals(Files.readString(next.resolve("etc/dci-handlers.conf")),
                Files.readString(home.resolve("etc/dci-handlers.conf")), "not edited, so it follows the new default");
        assertFalse(Files.exists(prefix.resolve("var/dcihandlers/dci-ipmi"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(home.resolve("bin/dci-ipmi")));
        assertFalse(Files.exists(home.resolve("lib/dci-ipmi.jar")));
        assertTrue(Files.isSymbolicLink(prefix.resolve("var/dcihandlers/dci-switch")));
    }

    @Test
    void aDryRunChangesNothingAndStartsNoHandler() throws IOException {
        Path prefix = prefix();
        Files.createDirectories(prefix.resolve("var"));
        Map<String, String> empty = Dist.snapshot(prefix);
        Path java = startRecordingJava("jdk");
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", java.toString());
        env.remove("DCI_NO_CDS");

        Dist.Result dry = install(Dist.home(), env, "--prefix", prefix.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry::describe);
        assertEquals(empty, Dist.snapshot(prefix));
        assertTrue(dry.stdout().contains("would link " + prefix.resolve("var/dcihandlers/dci-switch")), dry::describe);
        assertTrue(dry.stdout().contains("would install " + prefix.resolve("dci-handlers/lib/dci-switch.jar")),
                dry::describe);
        assertTrue(dry.stdout().contains("would prepare the class-data archive of dci-ups-nut"), dry::describe);
        assertTrue(dry.stdout().contains("a dry run starts none"), dry::describe);
        Dist.Result pinned = install(Dist.home(), env, "--prefix", prefix.toString(), "--dry-run", "--java-home",
                java.toString());
        assertEquals(0, pinned.exit(), pinned::describe);
        assertTrue(pinned.stdout().contains("would link " + prefix.resolve("dci-handlers/runtime") + " -> " + java),
                pinned::describe);
        assertFalse(Files.exists(java.resolve("started")), "no handler, no Java started by a dry run");

        installOk(Dist.home(), "--prefix", prefix.toString());
        Files.writeString(prefix.resolve("dci-handlers/etc/dci-handlers.conf"), "deadline.ms=3000\n");
        Map<String, String> installed = Dist.snapshot(prefix);
        installOk(Dist.home(), "--prefix", prefix.toString(), "--dry-run");
        assertEquals(installed, Dist.snapshot(prefix));
        Dist.Result dryUninstall = installOk(Dist.home(), "--prefix", prefix.toString(), "--dry-run", "--uninstall");
        assertEquals(installed, Dist.snapshot(prefix));
        assertTrue(dryUninstall.stdout().contains("would remove " + prefix.resolve("var/dcihandlers/dci-switch")),
                dryUninstall::describe);
    }

    /** A dry run shows what an install into a prefix that does not exist yet does; the install does it. */
    @Test
    void aPrefixThatDoesNotExistYetIsCreatedAndRemovedAgain() throws IOException {
        Map<String, String> before = Dist.snapshot(tmp);
        Path prefix = tmp.resolve("new/mgr5");
        Dist.Result dry = installOk(Dist.home(), "--prefix", prefix.toString(), "--dry-run");
        assertEquals(before, Dist.snapshot(tmp), "a dry run creates nothing");
        assertTrue(dry.stdout().contains("would create " + tmp.resolve("new") + "/"), dry::describe);
        assertTrue(dry.stdout().contains("does not exist yet"), dry::describe);

        Dist.Result r = installOk(Dist.home(), "--prefix", prefix.toString());
        assertTrue(r.stdout().contains("does not exist yet"), r::describe);
        assertInfo(run(List.of(prefix.resolve("var/dcihandlers/dci-pdu").toString(), "-info"), Dist.withJava(), tmp,
                (String) null), "PDU");
        installOk(prefix.resolve("dci-handlers"), "--uninstall");
        assertEquals(before, Dist.snapshot(tmp), "the folders it created are gone again");
    }

    /** A fake Java home that notes in its folder any start (a dry run must start none). */
    private Path startRecordingJava(String name) throws IOException {
        Path home = tmp.resolve(name);
        Dist.write(home.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n", null);
        Dist.write(home.resolve("bin/java"), "#!/bin/sh\n: >\"${0%/*}/../started\"\nexit 1\n", "rwxr-xr-x");
        return home;
    }

    @Test
    void uninstallRemovesExactlyWhatWasInstalledAndSaysSoInWordsOfRemoval() throws IOException {
        Path prefix = prefix();
        // the panel's own things, which must survive
        Dist.write(prefix.resolve("var/dcihandlers/vendor-handler"), "#!/bin/sh\n", "rwxr-xr-x");
        Dist.write(prefix.resolve("etc/dcimgr.conf"), "panel\n", null);
        Map<String, String> before = Dist.snapshot(prefix);

        installOk(Dist.home(), "--prefix", prefix.toString());
        Path installed = prefix.resolve("dci-handlers/install.sh");
        Dist.Result r = run(List.of(installed.toString(), "--prefix", prefix.toString(), "--uninstall"),
                Dist.withJava(), tmp, (String) null);

        assertEquals(0, r.exit(), r::describe);
        Map<String, String> after = Dist.snapshot(prefix);
        assertEquals(before, after, r::describe);
        assertTrue(r.stdout().contains("Restart the panel so that it forgets the removed handlers"), r::describe);
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("  ")) {
                assertTrue(line.matches("  (remove|keep|leave) .*"), "a step of removal: " + line);
                assertFalse(line.contains("again") || line.contains("new jars"), "nothing about installing: " + line);
            }
        }
    }

    /**
     * The launchers' queue of waiting calls (README: the queue) lives in /run, named after the
     * installation; --uninstall removes it with the installation. (Run as root, like QueueIT.)
     */
    @Test
    void uninstallRemovesTheQueueOfTheInstallation() throws IOException {
        Path prefix = prefix();
        installOk(Dist.home(), "--prefix", prefix.toString());
        Path home = prefix.resolve("dci-handlers").toRealPath();
        StringBuilder name = new StringBuilder("queue");
        for (char c : home.toString().toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' ? c : '_');
        }
        Path queue = Path.of("/run/dci-handlers").resolve(name.toString());
        try {
            Map<String, String> env = Dist.withConfiguration(tmp, "deadline.ms=" + Patience.DEADLINE_MS,
                    "snmp.timeout.ms=200", "snmp.retries=0");
            Dist.assertErrorDocument(run(List.of(prefix.resolve("var/dcihandlers/dci-switch").toString()), env, tmp,
                    Dist.REQUEST), "connection");
            assertTrue(Files.isDirectory(queue), "a call made the queue " + queue);

            Dist.Result r = run(List.of(home.resolve("install.sh").toString(), "--uninstall"), Dist.withJava(), tmp,
                    (String) null);
            assertEquals(0, r.exit(), r::describe);
            assertTrue(r.stdout().contains("remove " + queue + "/"), r::describe);
            assertFalse(Files.exists(queue), r::describe);
        } finally {
            Dist.deleteTree(queue);
        }
    }

    /**
     * The installed copy of install.sh removes the installation it belongs to, wherever it is run
     * from and whatever the default prefix; it refuses another prefix and refuses to install.
     */
    @Test
    void theInstalledCopyActsOnlyOnItsOwnInstallation() throws IOException {
        Path prefix = prefix();
        Path other = Files.createDirectories(tmp.resolve("other-mgr5"));
        Map<String, String> before = Dist.snapshot(prefix);
        installOk(Dist.home(), "--prefix", prefix.toString());
        Path copy = prefix.resolve("dci-handlers/install.sh");
        Map<String, String> installed = Dist.snapshot(prefix);

        Dist.Result elsewhere = run(List.of(copy.toString(), "--uninstall", "--prefix", other.toString()),
                Dist.withJava(), tmp, (String) null);
        assertEquals(1, elsewhere.exit(), elsewhere::describe);
        assertTrue(elsewhere.stderr().contains("acts only on it"), elsewhere::describe);
        Dist.Result reinstall = run(List.of(copy.toString()), Dist.withJava(), tmp, (String) null);
        assertEquals(1, reinstall.exit(), reinstall::describe);
        assertTrue(reinstall.stderr().contains("it only removes that installation"), reinstall::describe);
        assertEquals(installed, Dist.snapshot(prefix), "refused without changing anything");

        // no --prefix: the default would be /usr/local/mgr5, but the copy knows where it is
        Dist.Result u = run(List.of("sh", copy.toString(), "--uninstall"), Dist.withJava(), other, (String) null);
        assertEquals(0, u.exit(), u::describe);
        assertTrue(u.stdout().contains("Removing dci-handlers from " + prefix), u::describe);
        assertEquals(before, Dist.snapshot(prefix));
    }

    /**
     * A tree laid down by the .deb or .rpm package (the files and links, no install.manifest) is the
     * package manager's: install.sh neither installs over it nor uninstalls it; the installed
     * copy's package steps make and remove the class-data archives and check the handlers.
     */
    @Test
    void aTreeOfThePackagesIsLeftToThePackageManagerAndItsSteps() throws IOException {
        Path prefix = prefix();
        Path home = distributionCopyAt(prefix.resolve("dci-handlers"));
        Files.createDirectories(prefix.resolve("var/dcihandlers"));
        for (String name : Dist.HANDLER_TYPES.keySet()) {
            Files.createSymbolicLink(prefix.resolve("var/dcihandlers").resolve(name), home.resolve("bin").resolve(name));
        }
        Map<String, String> laid = Dist.snapshot(prefix);

        Dist.Result over = install(Dist.home(), Dist.withJava(), "--prefix", prefix.toString());
        assertEquals(1, over.exit(), over::describe);
        assertTrue(over.stderr().contains("install.sh did not make"), over::describe);
        Dist.Result remove = install(home, Dist.withJava(), "--uninstall");
        assertEquals(1, remove.exit(), remove::describe);
        assertTrue(remove.stderr().contains("remove that with the package manager"), remove::describe);
        assertEquals(laid, Dist.snapshot(prefix), "refused without changing anything");

        Dist.Result configure = install(home, Dist.withJava(), "--package-configure");
        assertEquals(0, configure.exit(), configure::describe);
        assertTrue(configure.stdout().contains("DCImanager will register:"), configure::describe);
        assertTrue(Files.isRegularFile(home.resolve("lib/cds/made-from")), configure::describe);
        Dist.Result removed = install(home, Dist.withJava(), "--package-remove");
        assertEquals(0, removed.exit(), removed::describe);
        assertEquals(laid, Dist.snapshot(prefix), "what the package manager removes is left to it, the rest is gone");
    }

    @Test
    void uninstallKeepsAnEditedConfiguration() throws IOException {
        Path prefix = prefix();
        installOk(Dist.home(), "--prefix", prefix.toString());
        Path conf = prefix.resolve("dci-handlers/etc/dci-handlers.conf");
        Files.writeString(conf, "snmp.retries=3\n");

        Dist.Result r = installOk(Dist.home(), "--prefix", prefix.toString(), "--uninstall");

        assertEquals("snmp.retries=3\n", Files.readString(conf));
        assertTrue(r.stdout().contains("keep " + conf + " (edited"), r::describe);
        try (Stream<Path> s = Files.walk(prefix)) {
            assertEquals(List.of("", "dci-handlers", "dci-handlers/etc", "dci-handlers/etc/dci-handlers.conf"),
                    s.map(p -> prefix.relativize(p).toString()).sorted().toList());
        }
    }

    @Test
    void itNeverReplacesAHandlerItDidNotInstall() throws IOException {
        Path prefix = prefix();
        Dist.write(prefix.resolve("var/dcihandlers/dci-switch"), "#!/bin/sh\n# someone else's\n", "rwxr-xr-x");
        Map<String, String> before = Dist.snapshot(prefix);

        Dist.Result r = install(Dist.home(), Dist.withJava(), "--prefix", prefix.toString());

        assertNotEquals(0, r.exit(), r::describe);
        assertTrue(r.stderr().contains("is not a link installed by install.sh"), r::describe);
        assertEquals(before, Dist.snapshot(prefix), "refused before changing anything");
    }

    @Test
    void withoutJavaItInstallsButWarnsThatNothingWillRegister() throws IOException {
        Path prefix = prefix();
        Dist.Result r = install(Dist.home(), Dist.withoutJava(), "--prefix", prefix.toString());

        assertEquals(0, r.exit(), r::describe);
        assertTrue(Files.isSymbolicLink(prefix.resolve("var/dcihandlers/dci-switch")));
        assertTrue(r.stderr().contains("WARNING: dci-switch will NOT be registered"), r::describe);
        assertTrue(r.stderr().contains("no Java found"), r::describe);
        assertTrue(r.stderr().contains("Java 17 or newer"), r::describe);
        assertFalse(r.stdout().contains("will register:"), r::describe);
    }

    @Test
    void javaHomeOptionMakesTheHandlersUseThatJavaWhateverThePanelsEnvironment() throws IOException {
        Path prefix = prefix();
        Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
        installOk(Dist.home(), "--prefix", prefix.toString(), "--java-home", javaHome.toString());

        Path runtime = prefix.resolve("dci-handlers/runtime");
        assertEquals(javaHome, Files.readSymbolicLink(runtime));
        Path link = prefix.resolve("var/dcihandlers/dci-ipmi");
        assertInfo(run(List.of(link.toString(), "-info"), Dist.withoutJava(), tmp, (String) null), "IPMI");

        // kept by a later install without the option, removed by --uninstall
        installOk(Dist.home(), "--prefix", prefix.toString());
        assertTrue(Files.isSymbolicLink(runtime));
        installOk(Dist.home(), "--prefix", prefix.toString(), "--uninstall");
        assertFalse(Files.exists(prefix.resolve("dci-handlers"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void javaHomeOptionRefusesAnOldJavaBeforeInstallingAnything() throws IOException {
        Path prefix = prefix();
        Path old = Dist.fakeJava(tmp.resolve("jdk11"), "11.0.2", "unused");
        Dist.Result r = install(Dist.home(), Dist.withJava(), "--prefix", prefix.toString(), "--java-home",
                old.toString());
        assertNotEquals(0, r.exit(), r::describe);
        assertTrue(r.stderr().contains("11.0.2"), r::describe);
        try (Stream<Path> s = Files.list(prefix)) {
            assertEquals(0, s.count(), "nothing installed");
        }
    }

    @Test
    void optionsItDoesNotKnowAreRefused() throws IOException {
        Path prefix = prefix();
        Dist.Result r = install(Dist.home(), Dist.withJava(), "--prefix", prefix.toString(), "--force");
        assertAll(() -> assertEquals(2, r.exit(), r::describe),
                () -> assertTrue(r.stderr().contains("Usage: install.sh"), r::describe));
        Dist.Result empty = install(Dist.home(), Dist.withJava(), "--prefix", "");
        assertAll(() -> assertEquals(1, empty.exit(), empty::describe),
                () -> assertTrue(empty.stderr().contains("--prefix is empty"), empty::describe));
    }

    /** A copy of the distribution to alter (jars included: install.sh copies files, not links). */
    private Path distributionCopy(String name) throws IOException {
        return distributionCopyAt(tmp.resolve(name));
    }

    private static Path distributionCopyAt(Path copy) throws IOException {
        try (Stream<Path> s = Files.walk(Dist.home())) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = copy.resolve(Dist.home().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
