package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-contained distribution (dci-handlers-VERSION-with-runtime): its own jlink runtime, so a
 * panel host without Java runs the handlers; installed with install.sh, it keeps working with no
 * Java anywhere on the host.
 */
class RuntimeIT {
    private Path tmp;

    @BeforeEach
    void scratch() throws IOException {
        tmp = Dist.newScratch("RuntimeIT");
    }

    @AfterEach
    void removeScratch() throws IOException {
        Dist.deleteTree(tmp);
    }

    private static Path withRuntime() {
        Path p = Path.of(System.getProperty("dci.dist.runtime"));
        assertTrue(Files.isDirectory(p.resolve("runtime")), "the build made " + p);
        return p;
    }

    @Test
    void theRuntimeHoldsOnlyWhatTheHandlersNeed() throws IOException {
        Dist.Result r = Dist.run(List.of(withRuntime().resolve("runtime/bin/java").toString(), "--list-modules"),
                Dist.withoutJava(), tmp, (String) null);
        assertEquals(0, r.exit(), r::describe);
        List<String> modules = r.stdout().lines().map(l -> l.replaceFirst("@.*", "")).sorted().toList();
        assertTrue(modules.containsAll(List.of("java.base", "java.xml", "java.logging", "java.desktop")), modules.toString());
        assertFalse(modules.contains("jdk.compiler") || modules.contains("java.sql"), modules.toString());
    }

    /**
     * The README says what the runtime needs of a host: its Java version (from the image's release
     * file) and the newest glibc symbol version its binaries ask for, found here by reading them.
     */
    @Test
    void theReadmeSaysWhichGlibcTheRuntimeNeeds() throws IOException {
        Path runtime = withRuntime().resolve("runtime");
        int newest = 0;
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".so") || f.getParent().endsWith("bin"))::iterator) {
                Matcher m = GLIBC.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertTrue(newest > 0, "the runtime's binaries name glibc versions");
        String release = Files.readString(runtime.resolve("release"));
        Matcher v = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"").matcher(release);
        assertTrue(v.find(), release);
        String readme = Files.readString(withRuntime().resolve("README")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("glibc 2." + newest + " or newer"), "glibc 2." + newest + " in: " + readme);
        assertTrue(readme.contains("Java " + v.group(1) + ","), "Java " + v.group(1) + " in: " + readme);
        assertArrayEquals(Files.readAllBytes(Dist.home().resolve("README")),
                Files.readAllBytes(withRuntime().resolve("README")), "one README for both archives");
    }

    private static final Pattern GLIBC = Pattern.compile("GLIBC_2\\.([0-9]+)");

    @Test
    void everyHandlerRunsWithoutAnyJavaOnTheHost() throws IOException {
        Map<String, String> env = Dist.withoutJava();
        for (Map.Entry<String, String> h : Dist.HANDLER_TYPES.entrySet()) {
            Path launcher = withRuntime().resolve("bin").resolve(h.getKey());
            Dist.assertInfo(Dist.run(List.of(launcher.toString(), "-info"), env, tmp, (String) null), h.getValue());
            // -info is answered without a JVM; --version starts the handler's own
            Dist.Result v = Dist.run(List.of(launcher.toString(), "--version"), env, tmp, (String) null);
            assertEquals(0, v.exit(), v::describe);
            assertTrue(v.stdout().startsWith(h.getKey() + " "), v::describe);
        }
        Dist.Result r = Dist.run(List.of(withRuntime().resolve("bin/dci-switch").toString()), env, tmp, Dist.REQUEST);
        Dist.assertErrorDocument(r, "connection");
    }

    @Test
    void theRuntimeStartsToolsSoDciIpmiWorks() throws IOException {
        Path fake = tmp.resolve("fake-ipmitool");
        Files.writeString(fake, "#!/bin/sh\necho 'Chassis Power is on'\n");
        fake.toFile().setExecutable(true);
        Path conf = tmp.resolve("ipmi.conf");
        // deadline.ms counts the JVM's start, which takes seconds on a loaded machine
        Files.writeString(conf, "ipmi.tool=" + fake + "\ndeadline.ms=" + Patience.DEADLINE_MS + "\n");
        Map<String, String> env = Dist.withoutJava();
        env.put("DCI_HANDLERS_CONF", conf.toString());
        Dist.Result r = Dist.run(List.of(withRuntime().resolve("bin/dci-ipmi").toString()), env, tmp,
                "<doc><func>status</func><device_params><ip>127.0.0.1</ip><user>admin</user><pass>pw-4711</pass>"
                        + "</device_params></doc>");
        assertEquals("on", Dist.text(r.document(), "admin_status"), r::describe);
    }

    @Test
    void installedItRunsWithoutJavaAndUninstallsCompletely() throws IOException {
        Path prefix = Files.createDirectories(tmp.resolve("mgr5")).toRealPath();
        Map<String, String> before = Dist.snapshot(prefix);
        Map<String, String> env = Dist.withoutJava();
        env.remove("DCI_NO_CDS");
        Dist.Result install = Dist.run(List.of("sh", withRuntime().resolve("install.sh").toString(), "--prefix",
                prefix.toString()), env, tmp, (String) null);
        assertEquals(0, install.exit(), install::describe);
        assertTrue(install.stdout().contains("DCImanager will register:"), install::describe);
        assertFalse(install.stderr().contains("WARNING"), install::describe);
        Path home = prefix.resolve("dci-handlers");
        try (Stream<Path> links = Files.walk(home.resolve("runtime"))) {
            assertTrue(links.anyMatch(Files::isSymbolicLink), "the runtime's own symlinks are installed as links");
        }
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")));
        Dist.Result r = Dist.run(List.of(prefix.resolve("var/dcihandlers/dci-pdu").toString(), "-info"), env, tmp,
                (String) null);
        Dist.assertInfo(r, "PDU");
        Dist.Result u = Dist.run(List.of("sh", home.resolve("install.sh").toString(), "--uninstall", "--prefix",
                prefix.toString()), env, tmp, (String) null);
        assertEquals(0, u.exit(), u::describe);
        assertEquals(before, Dist.snapshot(prefix), "nothing left behind");
    }
}
