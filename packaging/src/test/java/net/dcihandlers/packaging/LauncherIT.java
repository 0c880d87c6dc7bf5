package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static net.dcihandlers.packaging.Dist.assertErrorDocument;
import static net.dcihandlers.packaging.Dist.assertInfo;
import static net.dcihandlers.packaging.Dist.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launchers in bin/, run as DCImanager runs them: from anywhere, through symlinks, with or without Java. */
class LauncherIT {
    Path tmp;

    @BeforeEach
    void scratch() throws IOException {
        tmp = Dist.newScratch("LauncherIT");
    }

    @AfterEach
    void removeScratch() throws IOException {
        Dist.deleteTree(tmp);
    }

    static Stream<String> launchers() {
        return Dist.launchers().stream();
    }

    @ParameterizedTest
    @MethodSource("launchers")
    void infoPrintsTheHandlersDeclarationAndNothingElse(String name) {
        Dist.Result r = run(List.of(Dist.launcher(name).toString(), "-info"), Dist.withJava(), tmp, (String) null);
        assertInfo(r, Dist.HANDLER_TYPES.get(name));
        assertEquals("", r.stderr(), r::describe);
    }

    @Test
    void worksFromAnyFolderAndThroughAnyKindOfSymlink() throws IOException {
        Path bin = Dist.launcher("dci-switch");
        Path panel = Files.createDirectories(tmp.resolve("mgr5/var/dcihandlers"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deeper"));
        Path absolute = Files.createSymbolicLink(panel.resolve("dci-switch"), bin);
        Path relative = Files.createSymbolicLink(panel.resolve("relative-switch"), panel.relativize(bin));
        // a chain: relative link -> absolute link -> relative link -> bin/dci-switch
        Path hop1 = Files.createSymbolicLink(elsewhere.resolve("hop1"), elsewhere.relativize(bin));
        Path hop2 = Files.createSymbolicLink(tmp.resolve("hop2"), hop1);
        Path chained = Files.createSymbolicLink(panel.resolve("chained-switch"), panel.relativize(hop2));
        // the whole installation reached through a symlinked folder
        Path linkedHome = Files.createSymbolicLink(tmp.resolve("linked-home"), Dist.home());

        Map<String, String> env = Dist.withJava();
        assertAll(
                () -> assertInfo(run(List.of(bin.toString(), "-info"), env, elsewhere, (String) null), "Switch"),
                () -> assertInfo(run(List.of("bin/dci-switch", "-info"), env, Dist.home(), (String) null), "Switch"),
                () -> assertInfo(run(List.of("./dci-switch", "-info"), env, bin.getParent(), (String) null), "Switch"),
                () -> assertInfo(run(List.of(absolute.toString(), "-info"), env, elsewhere, (String) null), "Switch"),
                () -> assertInfo(run(List.of(relative.toString(), "-info"), env, elsewhere, (String) null), "Switch"),
                () -> assertInfo(run(List.of("../../mgr5/var/dcihandlers/relative-switch", "-info"), env, elsewhere,
                        (String) null), "Switch"),
                () -> assertInfo(run(List.of(chained.toString(), "-info"), env, tmp, (String) null), "Switch"),
                () -> assertInfo(run(List.of(linkedHome.resolve("bin/dci-switch").toString(), "-info"), env,
                        elsewhere, (String) null), "Switch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void runsUnderDashAndBash(String shell) throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("dci-switch"), Dist.launcher("dci-switch"));
        assertInfo(run(List.of(shell, link.toString(), "-info"), Dist.withJava(), tmp, (String) null), "Switch");
        // and the error path, which uses more of the shell
        Dist.Result r = run(List.of(shell, link.toString()), Dist.withoutJava(), tmp, Dist.REQUEST);
        assertErrorDocument(r, "unexpected_data");
    }

    @Test
    void startsJavaWithTheOptionsTheInstallationAndTheArgumentsUntouched() throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("jdk17"), "17.0.9", "openjdk version \"17.0.9\" 2023-10-17");
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), Dist.launcher("dci-switch"));
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        env.put("DCI_JAVA_OPTS", "-Xmx64m  -Dtest.glob=*");

        Dist.Result r = run(List.of(link.toString(), "status", "two words", "*", ""), env, tmp, (String) null);

        List<String> expected = new ArrayList<>();
        expected.add("-Ddci.home=" + Dist.home());
        expected.addAll(Dist.JVM_OPTIONS);
        expected.addAll(List.of("-Xmx64m", "-Dtest.glob=*", "-cp", Dist.home().resolve("lib/dci-switch.jar").toString(),
                "net.dcihandlers.snmpswitch.Main", "status", "two words", "*", ""));
        assertEquals(expected, Dist.fakeJavaArgs(r), r::describe);
        assertTrue(r.stdout().startsWith("JAVA:" + jdk.resolve("bin/java")), r::describe);
        assertFalse(Files.exists(jdk.resolve("bin/version-asked")), "the release file answers; no JVM is started for the version");
    }

    @Test
    void tooOldJavaFromJavaHomeIsRefusedInTheFormEachCallerUnderstands() throws IOException {
        // the fake would claim 17 if asked and print its arguments if run: only its release file says 11
        Path jdk = Dist.fakeJava(tmp.resolve("jdk11"), "11.0.2", "openjdk version \"17.0.1\" 2021-10-19");
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        String launcher = Dist.launcher("dci-switch").toString();

        Dist.Result request = run(List.of(launcher), env, tmp, Dist.REQUEST);
        String text = assertErrorDocument(request, "unexpected_data");
        assertTrue(text.contains("11.0.2") && text.contains("17") && text.contains("JAVA_HOME"), text);

        Dist.Result info = run(List.of(launcher, "-info"), env, tmp, (String) null);
        assertEquals(1, info.exit(), info::describe);
        assertEquals("", info.stdout(), "the panel must not register it");
        assertTrue(info.stderr().contains("11.0.2") && info.stderr().contains("Java 17"), info::describe);

        Dist.Result manual = run(List.of(launcher, "status", "--ip", "10.0.0.2"), env, tmp, (String) null);
        assertEquals(2, manual.exit(), manual::describe);
        assertEquals("", manual.stdout());
        assertTrue(manual.stderr().contains("11.0.2"), manual::describe);
        assertFalse(Files.exists(jdk.resolve("bin/version-asked")));
    }

    @Test
    void theErrorDocumentStaysWellFormedWhateverThePathsContain() throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("odd & <names> \"here\""), "11.0.2", "unused");
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        String text = assertErrorDocument(run(List.of(Dist.launcher("dci-switch").toString()), env, tmp, Dist.REQUEST),
                "unexpected_data");
        assertTrue(text.contains("odd & <names> \"here\""), text);
    }

    @Test
    void withoutAnyJavaTheReasonReachesThePanelOrThePerson() throws IOException {
        Map<String, String> env = Dist.withoutJava();
        String launcher = Dist.launcher("dci-ipmi").toString();

        String text = assertErrorDocument(run(List.of(launcher), env, tmp, Dist.REQUEST), "unexpected_data");
        assertTrue(text.contains("no Java") && text.contains("JAVA_HOME"), text);

        Dist.Result info = run(List.of(launcher, "-info"), env, tmp, (String) null);
        assertEquals(1, info.exit(), info::describe);
        assertEquals("", info.stdout());
        assertTrue(info.stderr().contains("no Java"), info::describe);

        Dist.Result manual = run(List.of(launcher, "--help"), env, tmp, (String) null);
        assertEquals(2, manual.exit(), manual::describe);
        assertEquals("", manual.stdout());
    }

    /**
     * A panel may run handlers with a bare PATH: the launcher still runs, through a symlink as the
     * panel starts it, with Java from JAVA_HOME and no coreutils (or sed) on PATH.
     */
    @Test
    void worksWithCoreutilsMissingFromPath() throws IOException {
        Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));
        Path link = Files.createSymbolicLink(tmp.resolve("dci-switch"), Dist.launcher("dci-switch"));
        Map<String, String> env = Dist.cleanEnv();
        env.put("PATH", emptyPath.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        assertInfo(run(List.of(link.toString(), "-info"), env, tmp, (String) null), "Switch");
        Path conf = tmp.resolve("test.conf");
        // deadline.ms counts the JVM's start-up: generous, so that the SNMP timeout is what ends the call
        Files.writeString(conf, "deadline.ms=" + Patience.DEADLINE_MS + "\nsnmp.timeout.ms=300\nsnmp.retries=0\n");
        env.put("DCI_HANDLERS_CONF", conf.toString());
        String text = assertErrorDocument(run(List.of(link.toString()), env, tmp, Dist.REQUEST), "connection");
        assertTrue(text.contains("127.0.0.1:9"), text);
    }

    /**
     * Nothing on PATH at all, no Java: the error document says why (it used to be empty where sed
     * was missing); the launcher's error path is shell builtins only, and it still reads the request.
     */
    @Test
    void withNothingOnPathTheErrorDocumentStillSaysWhy() throws IOException {
        Path emptyPath = Files.createDirectories(tmp.resolve("nothing"));
        Map<String, String> env = Dist.cleanEnv();
        env.remove("JAVA_HOME");
        env.put("PATH", emptyPath.toString());
        byte[] request = Dist.repeat("<!-- padding -->\n", 100_000);
        for (String shell : List.of("dash", "bash")) {
            Dist.Result r = run(List.of("/bin/" + shell, Dist.launcher("dci-pdu").toString()), env, tmp, request);
            String text = assertErrorDocument(r, "unexpected_data");
            assertTrue(text.startsWith("dci-pdu: no Java found") && text.contains(emptyPath.toString()), text);
            assertFalse(r.stdinRefused(), "the request was read");
        }
    }

    /** A text with characters XML forbids or that are not ASCII is still one well-formed document. */
    @Test
    void theErrorDocumentStaysWellFormedWhateverBytesThePathsHold() throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("caf\u00e9 \u0001 ]]> &amp;"), "11.0.2", "unused");
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        String text = assertErrorDocument(run(List.of(Dist.launcher("dci-switch").toString()), env, tmp, Dist.REQUEST),
                "unexpected_data");
        assertTrue(text.contains("caf?? ? ]]> &amp;"), text);
    }

    @Test
    void aRequestItCannotServeIsStillReadSoThePanelsWriterNeverFails() throws IOException {
        byte[] big = Dist.repeat("<!-- padding of a large request -->\n", 1_000_000);
        Dist.Result r = run(List.of(Dist.launcher("dci-switch").toString()), Dist.withoutJava(), tmp, big);
        assertErrorDocument(r, "unexpected_data");
        assertFalse(r.stdinRefused(), "the launcher exited without reading the request");
    }

    @Test
    void javaOnPathIsJudgedByTheReleaseFileOfTheJdkItLinksTo() throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("jvm/fake-11"), "11.0.2", "openjdk version \"17.0.1\" 2021-10-19");
        // like /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/X/bin/java, one hop relative
        Path alternatives = Files.createDirectories(tmp.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), jdk.resolve("bin/java"));
        Path usrBin = Files.createDirectories(tmp.resolve("usrbin"));
        Files.createSymbolicLink(usrBin.resolve("java"), usrBin.relativize(alternatives.resolve("java")));
        Map<String, String> env = Dist.withoutJava();
        env.put("PATH", usrBin + ":" + env.get("PATH"));

        Dist.Result info = run(List.of(Dist.launcher("dci-switch").toString(), "-info"), env, tmp, (String) null);
        assertEquals(1, info.exit(), info::describe);
        assertTrue(info.stderr().contains("11.0.2") && info.stderr().contains("from PATH"), info::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openjdk version \"11.0.2\" 2019-01-15", "java version \"1.8.0_292\""})
    void withoutAReleaseFileTheVersionComesFromJavaVersion(String versionLine) throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("norelease"), null, versionLine);
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        String version = versionLine.replaceAll(".*\"(.*)\".*", "$1");

        Dist.Result info = run(List.of(Dist.launcher("dci-switch").toString(), "-info"), env, tmp, (String) null);
        assertEquals(1, info.exit(), info::describe);
        assertTrue(info.stderr().contains("is Java " + version), info::describe);
        assertTrue(Files.exists(jdk.resolve("bin/version-asked")));
    }

    @Test
    void aNewEnoughJavaWithoutReleaseFileIsUsed() throws IOException {
        Path jdk = Dist.fakeJava(tmp.resolve("norelease17"), null, "openjdk version \"17.0.2\" 2022-01-18");
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        Dist.Result r = run(List.of(Dist.launcher("dci-switch").toString(), "--help"), env, tmp, (String) null);
        assertEquals(0, r.exit(), r::describe);
        assertTrue(Dist.fakeJavaArgs(r).contains("net.dcihandlers.snmpswitch.Main"), r::describe);
    }

    @Test
    void theRuntimeOfTheInstallationComesBeforeJavaHome() throws IOException {
        Path install = installationCopy();
        Path runtime = Dist.fakeJava(tmp.resolve("runtime-jdk"), "17.0.9", "unused");
        Files.createSymbolicLink(install.resolve("runtime"), runtime);
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", Dist.fakeJava(tmp.resolve("other-jdk"), "21.0.1", "unused").toString());

        Dist.Result r = run(List.of(install.resolve("bin/dci-switch").toString(), "--help"), env, tmp, (String) null);
        assertTrue(r.stdout().startsWith("JAVA:" + install.resolve("runtime/bin/java")), r::describe);
        assertTrue(Dist.fakeJavaArgs(r).contains("-Ddci.home=" + install.toRealPath()), r::describe);
    }

    @Test
    void aBrokenRuntimeOfTheInstallationIsReportedNotSkipped() throws IOException {
        Path install = installationCopy();
        Files.createDirectories(install.resolve("runtime/bin"));
        Dist.Result r = run(List.of(install.resolve("bin/dci-switch").toString(), "-info"), Dist.withJava(), tmp,
                (String) null);
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.stderr().contains("runtime has no executable bin/java"), r::describe);
    }

    @Test
    void aLauncherCopiedInsteadOfLinkedSaysWhatToDo() throws IOException {
        Path panel = Files.createDirectories(tmp.resolve("var/dcihandlers"));
        Path copy = Files.copy(Dist.launcher("dci-switch"), panel.resolve("dci-switch"));
        Dist.Result r = run(List.of(copy.toString(), "-info"), Dist.withJava(), tmp, (String) null);
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.stderr().contains("symlinks to the installed bin/dci-switch"), r::describe);
    }

    @Test
    void aLauncherUnderAnUnknownNameRefusesToGuess() throws IOException {
        Path install = installationCopy();
        Path renamed = Files.copy(Dist.launcher("dci-switch"), install.resolve("bin/dci-toaster"));
        Dist.Result r = run(List.of(renamed.toString()), Dist.withJava(), tmp, Dist.REQUEST);
        assertTrue(assertErrorDocument(r, "unexpected_data").contains("'dci-toaster' is not a handler"), r::describe);
    }

    /**
     * -info is answered from the declaration the build had each handler write (lib/info/), without
     * a JVM: byte for byte what the handler's own JVM answers.
     */
    @ParameterizedTest
    @MethodSource("launchers")
    void infoIsTheDeclarationTheHandlerItselfGives(String name) throws IOException {
        Map<String, String> env = Dist.withJava();
        env.put("DCI_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Dist.Result launcher = run(List.of(Dist.launcher(name).toString(), "-info"), env, tmp, (String) null);
        assertEquals("", launcher.stderr(), "no JVM was started, so none printed its flags: " + launcher.describe());
        String table = Files.readString(Dist.launcher(name));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n    " + java.util.regex.Pattern.quote(name)
                + "\\)\\s+jar=(\\S+)\\s+main=(\\S+) ;;").matcher(table);
        assertTrue(m.find(), "the launcher's table names " + name);
        Dist.Result jvm = run(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(), "-cp",
                Dist.home().resolve("lib").resolve(m.group(1)).toString(), m.group(2), "-info"), env, tmp, (String) null);
        assertInfo(jvm, Dist.HANDLER_TYPES.get(name));
        assertEquals(jvm.stdout(), launcher.stdout());
        assertEquals(0, launcher.exit());
    }

    /** The declaration file is what -info prints, as long as the jar is no newer than it. */
    @Test
    void infoComesFromTheDeclarationFileWhileTheJarIsNoNewer() throws IOException {
        Path install = ownLibCopy();
        Path info = install.resolve("lib/info/dci-switch.xml");
        String marked = Files.readString(info).replace("<doc>", "<doc><!-- from the file -->");
        Files.writeString(info, marked);
        Files.setLastModifiedTime(info, Files.getLastModifiedTime(install.resolve("lib/dci-switch.jar")));
        Dist.Result r = run(List.of(install.resolve("bin/dci-switch").toString(), "-info"), Dist.withJava(), tmp,
                (String) null);
        assertEquals(marked, r.stdout(), r::describe);
        assertEquals(0, r.exit());
    }

    /**
     * A jar newer than the declaration (replaced by hand) or a missing declaration: the JVM answers
     * -info, and whatever it prints of its own goes to stderr, never into the document.
     */
    @Test
    void aJarNewerThanItsDeclarationOrNoDeclarationIsAskedItselfAndTheJvmsMessagesGoToStderr() throws IOException {
        Path install = ownLibCopy();
        Path info = install.resolve("lib/info/dci-switch.xml");
        Files.writeString(info, "<doc>stale</doc>\n");
        Path jar = install.resolve("lib/dci-switch.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(info).toMillis() + 60_000));
        Map<String, String> env = Dist.withJava();
        env.put("DCI_JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:+PrintCommandLineFlags");
        Dist.Result stale = run(List.of(install.resolve("bin/dci-switch").toString(), "-info"), env, tmp, (String) null);
        assertInfo(stale, "Switch");
        assertTrue(stale.stderr().contains("UseSerialGC"), "the flags were printed, to stderr");

        Files.delete(info);
        Dist.Result missing = run(List.of(install.resolve("bin/dci-switch").toString(), "-info"), env, tmp, (String) null);
        assertInfo(missing, "Switch");
        assertTrue(missing.stderr().contains("UseSerialGC"), missing::describe);
    }

    /** An installation of the launchers with a lib/ of its own (jar and declarations copied, with their times). */
    private Path ownLibCopy() throws IOException {
        Path install = Files.createDirectories(tmp.resolve("own-lib"));
        Files.createDirectories(install.resolve("bin"));
        Files.copy(Dist.launcher("dci-switch"), install.resolve("bin/dci-switch"));
        Files.createDirectories(install.resolve("lib/info"));
        Files.copy(Dist.home().resolve("lib/dci-switch.jar"), install.resolve("lib/dci-switch.jar"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Dist.home().resolve("lib/info/dci-switch.xml"), install.resolve("lib/info/dci-switch.xml"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(install.resolve("etc"), Dist.home().resolve("etc"));
        return install;
    }

    @Test
    void aRequestToAnUnreachableDeviceGetsAConnectionErrorDocument() throws IOException {
        Path conf = tmp.resolve("test.conf");
        // deadline.ms counts the JVM's start-up, which takes seconds on a loaded machine: generous, so
        // that the SNMP timeout is what ends the call
        Files.writeString(conf, "deadline.ms=" + Patience.DEADLINE_MS + "\nsnmp.timeout.ms=500\nsnmp.retries=0\n");
        Map<String, String> env = Dist.withJava();
        env.put("DCI_HANDLERS_CONF", conf.toString());
        Dist.Result r = run(List.of(Dist.launcher("dci-switch").toString()), env, tmp, Dist.REQUEST);
        String text = assertErrorDocument(r, "connection");
        assertTrue(text.contains("127.0.0.1:9"), text);
    }

    /**
     * The first request of a handler that has no class-data archive for this Java makes one in the
     * background, without holding up its answer; the next calls start with it. -info never uses it.
     */
    @Test
    void aRequestMakesTheClassDataArchiveInTheBackgroundAndTheNextCallsUseIt() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("cds-install"));
        Files.createDirectories(install.resolve("bin"));
        Files.copy(Dist.launcher("dci-switch"), install.resolve("bin/dci-switch"));
        Files.createDirectories(install.resolve("lib"));
        Files.copy(Dist.home().resolve("lib/dci-switch.jar"), install.resolve("lib/dci-switch.jar"));
        Files.createSymbolicLink(install.resolve("etc"), Dist.home().resolve("etc"));
        Map<String, String> env = Dist.withJava();
        env.remove("DCI_NO_CDS");
        String launcher = install.resolve("bin/dci-switch").toString();

        assertErrorDocument(run(List.of(launcher), env, tmp, Dist.REQUEST), "connection");
        Path cds = install.resolve("lib/cds");
        Patience.await("an archive in " + cds, () -> archiveReadyFor(cds, "dci-switch"));

        env.put("DCI_JAVA_OPTS", "-Xlog:cds=info:stderr");
        Dist.Result withArchive = run(List.of(launcher), env, tmp, Dist.REQUEST);
        assertErrorDocument(withArchive, "connection");
        assertTrue(withArchive.stderr().contains("Opened archive " + cds), withArchive::describe);
        Dist.Result info = run(List.of(launcher, "-info"), env, tmp, (String) null);
        assertInfo(info, "Switch");
        assertFalse(info.stderr().contains("Opened archive " + cds), info::describe);
    }

    /**
     * A handler kills every process it started when it ends; the class-data training its
     * launcher starts is no part of the call and must survive it. dci-ipmi starts ipmitool, so it
     * does kill its descendants at the end: the archive still appears, so the training was none.
     */
    @Test
    void theClassDataTrainingIsNoChildOfTheHandlerAndOutlivesIt() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("cds-ipmi"));
        Files.createDirectories(install.resolve("bin"));
        Files.copy(Dist.launcher("dci-ipmi"), install.resolve("bin/dci-ipmi"));
        Files.createDirectories(install.resolve("lib"));
        Files.copy(Dist.home().resolve("lib/dci-ipmi.jar"), install.resolve("lib/dci-ipmi.jar"));
        Path tool = tmp.resolve("ipmitool");
        Dist.write(tool, "#!/bin/sh\necho 'Chassis Power is on'\n", "rwxr-xr-x");
        Path conf = tmp.resolve("ipmi.conf");
        Files.writeString(conf, "ipmi.tool=" + tool + "\nipmi.interface=lanplus\ndeadline.ms=" + Patience.DEADLINE_MS + "\n");
        Map<String, String> env = Dist.withJava();
        env.remove("DCI_NO_CDS");
        env.put("DCI_HANDLERS_CONF", conf.toString());
        Dist.Result r = run(List.of(install.resolve("bin/dci-ipmi").toString()), env, tmp,
                "<doc><func>status</func><device_params><ip>127.0.0.1:9623</ip><user>a</user><pass>p</pass>"
                        + "</device_params></doc>");
        assertEquals("on", Dist.text(r.document(), "admin_status"), r::describe);
        Path cds = install.resolve("lib/cds");
        Patience.await("an archive in " + cds + " after the handler ended", () -> archiveReadyFor(cds, "dci-ipmi"));
    }

    private static boolean archiveReadyFor(Path cds, String handler) {
        if (!Files.isDirectory(cds)) {
            return false;
        }
        try (Stream<Path> s = Files.list(cds)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> n.matches(handler + "-.*\\.jsa"))
                    && names.stream().noneMatch(n -> n.endsWith(".lock") || n.endsWith(".tmp"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A second installation: bin/ copied from the distribution, lib/ and etc/ linked to it. */
    private Path installationCopy() throws IOException {
        Path install = Files.createDirectories(tmp.resolve("install"));
        Files.createDirectories(install.resolve("bin"));
        for (String name : Dist.launchers()) {
            Files.copy(Dist.launcher(name), install.resolve("bin").resolve(name));
        }
        Files.createSymbolicLink(install.resolve("lib"), Dist.home().resolve("lib"));
        Files.createSymbolicLink(install.resolve("etc"), Dist.home().resolve("etc"));
        return install;
    }
}
