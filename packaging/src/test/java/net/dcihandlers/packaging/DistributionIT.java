package net.dcihandlers.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What the build leaves: the folder, the archive, and what they hold. */
class DistributionIT {
    Path tmp;

    @BeforeEach
    void scratch() throws IOException {
        tmp = Dist.newScratch("DistributionIT");
    }

    @AfterEach
    void removeScratch() throws IOException {
        Dist.deleteTree(tmp);
    }

    static Stream<String> launchers() {
        return Dist.launchers().stream();
    }

    @Test
    void theFolderHoldsLaunchersJarsConfigurationInstallerAndReadme() {
        Path home = Dist.home();
        assertEquals(new TreeSet<>(Dist.HANDLER_TYPES.keySet()), new TreeSet<>(Dist.launchers()));
        for (String f : List.of("bin/dci-switch", "bin/dci-ipmi", "install.sh")) {
            assertTrue(Files.isExecutable(home.resolve(f)), f + " is executable");
        }
        for (String f : List.of("lib/dci-switch.jar", "lib/dci-ipmi.jar", "etc/dci-handlers.conf", "README")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        // one launcher for all: the copies differ only in name
        byte[] first = Dist.bytes(Dist.launcher(Dist.launchers().get(0)));
        for (String name : Dist.launchers()) {
            assertArrayEquals(first, Dist.bytes(Dist.launcher(name)), name);
        }
        assertTrue(new String(Dist.bytes(home.resolve("README")), StandardCharsets.UTF_8).contains(
                Dist.archiveBase().substring("dci-handlers-".length())), "the README names the version");
    }

    @Test
    void theArchiveHoldsTheSameFilesWithTheSameModes() throws IOException {
        Map<String, TarEntry> archived = readTarGz(Dist.archive());
        String base = Dist.archiveBase() + "/";
        Map<String, TarEntry> files = new TreeMap<>();
        for (TarEntry e : archived.values()) {
            assertTrue(e.name().startsWith(base), "everything unpacks into " + base + ": " + e.name());
            if (e.type() == '0') {
                files.put(e.name().substring(base.length()), e);
            }
        }
        Map<String, byte[]> onDisk = new TreeMap<>();
        try (Stream<Path> s = Files.walk(Dist.home())) {
            s.filter(Files::isRegularFile).forEach(p -> onDisk.put(Dist.home().relativize(p).toString(), Dist.bytes(p)));
        }
        assertEquals(onDisk.keySet(), files.keySet());
        for (Map.Entry<String, TarEntry> f : files.entrySet()) {
            String path = f.getKey();
            assertArrayEquals(onDisk.get(path), f.getValue().content(), path);
            boolean executable = path.startsWith("bin/") || path.equals("install.sh");
            assertEquals(executable ? 0755 : 0644, f.getValue().mode() & 0777, path + " mode");
            assertEquals(executable, Files.isExecutable(Dist.home().resolve(path)), path + " executable on disk");
        }
    }

    /** Unpacked side by side, the two archives must not mix: each has its own folder. */
    @Test
    void theTwoArchivesUnpackIntoDifferentFolders() throws IOException {
        Path runtimeArchive = Path.of(System.getProperty("dci.dist.runtime.archive"));
        Set<String> plain = topFolders(readTarGz(Dist.archive()).keySet());
        Set<String> withRuntime = topFolders(readTarGz(runtimeArchive).keySet());
        assertEquals(Set.of(Dist.archiveBase()), plain);
        assertEquals(Set.of(Dist.archiveBase() + "-with-runtime"), withRuntime);
        assertEquals(runtimeArchive.getFileName().toString(), withRuntime.iterator().next() + ".tar.gz",
                "the folder is named like the archive");
    }

    private static Set<String> topFolders(Set<String> names) {
        Set<String> tops = new TreeSet<>();
        names.forEach(n -> tops.add(n.replaceFirst("^\\./", "").replaceFirst("/.*", "")));
        return tops;
    }

    /**
     * The README in the archive names every handler this version ships, and every file of the
     * archive it names (relative, or under the installation folder) is in the archive, or is what
     * install.sh makes there.
     */
    @Test
    void theReadmeListsEveryHandlerAndNamesOnlyFilesTheArchiveCarries() throws IOException {
        String readme = Files.readString(Dist.home().resolve("README"));
        for (String handler : Dist.launchers()) {
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(handler) + " +" + Dist.HANDLER_TYPES.get(handler) + " ")
                    .matcher(readme).find(), "the README lists " + handler + " with its type:\n" + readme);
        }
        Set<String> archived = new TreeSet<>();
        readTarGz(Dist.archive()).keySet().forEach(n -> archived.add(n.substring(Dist.archiveBase().length() + 1)));
        // made by install.sh, or by the launchers, in the installation
        Set<String> madeByTheInstall = Set.of("etc/dci-handlers.conf.dist", "lib/cds/", "install.manifest");
        Matcher m = Pattern.compile("(?<![\\w./-])(?:/usr/local/mgr5/dci-handlers/)?((?:bin|lib|etc|doc)/[\\w.-]*|install\\.sh|README(?:\\.md)?)")
                .matcher(readme);
        List<String> missing = new ArrayList<>();
        int named = 0;
        while (m.find()) {
            String path = m.group(1);
            named++;
            boolean carried = archived.contains(path) || archived.stream().anyMatch(a -> a.startsWith(path) && path.endsWith("/"));
            if (!carried && !madeByTheInstall.contains(path)) {
                missing.add(path);
            }
        }
        assertTrue(named > 5, "the README names files of the distribution");
        assertEquals(List.of(), missing, "named by the README but not in the archive");
        assertTrue(readme.contains("doc/README.md") && archived.contains("doc/README.md"), "the manual it points to is carried");
        assertArrayEquals(Files.readAllBytes(Path.of(System.getProperty("dci.readme"))),
                Dist.bytes(Dist.home().resolve("doc/README.md")), "the manual is the project's README");
    }

    @ParameterizedTest
    @MethodSource("launchers")
    void eachLauncherStartsAMainClassThatItsJarHolds(String name) throws IOException {
        Launch launch = launch(name);
        assertTrue(launch.jar().startsWith(Dist.home().resolve("lib")), launch.jar().toString());
        try (ZipFile zip = new ZipFile(launch.jar().toFile())) {
            assertNotNull(zip.getEntry(launch.mainClass().replace('.', '/') + ".class"),
                    launch.mainClass() + " in " + launch.jar());
        }
    }

    /** shellcheck is not required to build; where it is installed, the scripts must pass it. */
    @Test
    void theScriptsPassShellcheckWhereItIsInstalled() {
        Assumptions.assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "shellcheck"))), "shellcheck is not installed");
        Dist.Result r = Dist.run(List.of("shellcheck", "-s", "sh", Dist.launcher("dci-switch").toString(),
                Dist.home().resolve("install.sh").toString()), Dist.cleanEnv(), tmp, (String) null);
        assertEquals(0, r.exit(), r::describe);
    }

    private static final Pattern KEY_LINE = Pattern.compile("^#([a-z0-9]+(?:\\.[a-z0-9]+)+)=(.*)$");

    /**
     * etc/dci-handlers.conf is written by hand; this keeps it true to the code: every setting the
     * shipped handlers declare (CoreSettings.ALL and each Main.spec().settings(), read from the
     * jars in lib/) is there, commented out, with its default and an explanation above it, and
     * nothing else is.
     */
    @Test
    void theConfigurationFileListsEverySettingTheHandlersDeclareWithItsDefault() throws Exception {
        Map<String, String> declared = declaredSettings();
        assertTrue(declared.containsKey("deadline.ms"), "the core settings were found: " + declared);

        List<String> lines = Files.readAllLines(Dist.home().resolve("etc/dci-handlers.conf"));
        Map<String, String> documented = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2));
                String above = i > 0 ? lines.get(i - 1) : "";
                assertTrue(above.startsWith("# ") && above.length() > 10, "an explanation above " + line);
            } else {
                assertTrue(line.isEmpty() || line.startsWith("#"), "every setting stays commented out: " + line);
            }
        }
        List<String> problems = new ArrayList<>();
        declared.forEach((key, def) -> {
            if (!documented.containsKey(key)) {
                problems.add("missing: #" + key + "=" + def);
            } else if (!documented.get(key).equals(def)) {
                problems.add("wrong default: #" + key + "=" + documented.get(key) + " (declared: " + def + ")");
            }
        });
        documented.keySet().stream().filter(k -> !declared.containsKey(k))
                .forEach(k -> problems.add("declared by no handler: " + k));
        assertEquals(List.of(), problems, "etc/dci-handlers.conf against the declarations");
    }

    /**
     * The README documents every configuration key with its default in its table (a row
     * "| `key` | default | ..."), and names the two commands: the main job and the tests.
     */
    @Test
    void theReadmeDocumentsEverySettingAndTheTwoCommands() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("dci.readme")));
        List<String> problems = new ArrayList<>();
        declaredSettings().forEach((key, def) -> {
            String row = "| `" + key + "` | " + (def.isEmpty() ? "(empty)" : def) + " |";
            if (!readme.contains(row)) {
                problems.add("no row " + row);
            }
        });
        assertEquals(List.of(), problems, "README.md's configuration table against the declarations");
        assertTrue(readme.contains("\n./demo/run\n"), "README names the main job");
        assertTrue(readme.contains("\nmvn -B verify\n"), "README names the test command");
        assertTrue(Files.readString(Path.of(System.getProperty("dci.readme")).resolveSibling(".ci/run"))
                .contains("\nmvn -B verify\n"), ".ci/run runs the README's test command");
    }

    /** Every Setting of the shipped handlers, key -> default, read from their jars. */
    private Map<String, String> declaredSettings() throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (String name : Dist.launchers()) {
            Launch launch = launch(name);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {launch.jar().toUri().toURL()},
                    ClassLoader.getPlatformClassLoader())) {
                addSettings(all, (List<?>) loader.loadClass("net.dcihandlers.core.CoreSettings").getField("ALL").get(null));
                Object spec = loader.loadClass(launch.mainClass()).getMethod("spec").invoke(null);
                addSettings(all, (List<?>) spec.getClass().getMethod("settings").invoke(spec));
            }
        }
        return all;
    }

    private static void addSettings(Map<String, String> into, List<?> settings) throws Exception {
        for (Object s : settings) {
            Method key = s.getClass().getMethod("key");
            Method def = s.getClass().getMethod("defaultValue");
            into.put((String) key.invoke(s), (String) def.invoke(s));
        }
    }

    /** Every Setting of the shipped handlers, key -> what it takes as its declaration says it. */
    private Map<String, String> declaredValues() throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (String name : Dist.launchers()) {
            Launch launch = launch(name);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {launch.jar().toUri().toURL()},
                    ClassLoader.getPlatformClassLoader())) {
                List<Object> settings = new ArrayList<>((List<?>) loader.loadClass("net.dcihandlers.core.CoreSettings")
                        .getField("ALL").get(null));
                Object spec = loader.loadClass(launch.mainClass()).getMethod("spec").invoke(null);
                settings.addAll((List<?>) spec.getClass().getMethod("settings").invoke(spec));
                for (Object s : settings) {
                    Object values = s.getClass().getMethod("values").invoke(s);
                    Method expected = values.getClass().getMethod("expected");
                    expected.setAccessible(true);
                    all.put((String) s.getClass().getMethod("key").invoke(s), (String) expected.invoke(values));
                }
            }
        }
        return all;
    }

    /**
     * The values each key takes are shown in the file from the one declaration: a line
     * "# Values: ..." right above a key whose declaration limits them (a range, a set of words),
     * and none above a free text.
     */
    @Test
    void theConfigurationFileShowsTheValuesEachSettingDeclares() throws Exception {
        Map<String, String> declared = declaredValues();
        assertEquals("a whole number from 1000 to 600000", declared.get("deadline.ms"));
        List<String> lines = Files.readAllLines(Dist.home().resolve("etc/dci-handlers.conf"));
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = KEY_LINE.matcher(lines.get(i));
            if (!m.matches() || !declared.containsKey(m.group(1))) {
                continue;
            }
            String expected = declared.get(m.group(1));
            String above = lines.get(i - 1);
            if (expected.equals("any text")) {
                if (above.startsWith("# Values:")) {
                    problems.add(m.group(1) + " takes any text, but the file says: " + above);
                }
            } else if (!above.equals("# Values: " + expected + ".")) {
                problems.add(m.group(1) + ": expected the line '# Values: " + expected + ".' above it, found: " + above);
            }
        }
        assertEquals(List.of(), problems, "etc/dci-handlers.conf against the declared values");
    }

    /** The jar and main class a launcher starts, as seen by a fake java that prints its arguments. */
    record Launch(Path jar, String mainClass) {
    }

    private Launch launch(String name) throws IOException {
        Path jdk = tmp.resolve("fake-jdk");
        if (!Files.exists(jdk)) {
            Dist.fakeJava(jdk, "17.0.9", "unused");
        }
        Map<String, String> env = Dist.withoutJava();
        env.put("JAVA_HOME", jdk.toString());
        Dist.Result r = Dist.run(List.of(Dist.launcher(name).toString(), "--help"), env, tmp, (String) null);
        List<String> args = Dist.fakeJavaArgs(r);
        int cp = args.indexOf("-cp");
        if (cp < 0 || cp + 2 >= args.size()) {
            fail("no -cp JAR MAIN in " + r.describe());
        }
        return new Launch(Path.of(args.get(cp + 1)), args.get(cp + 2));
    }

    // --- a small tar reader: ustar with POSIX (pax) and GNU long names, enough for this archive ---

    /** One member: for a symlink (type '2') linkName is its target. */
    record TarEntry(String name, char type, int mode, byte[] content, String linkName) {
    }

    static Map<String, TarEntry> readTarGz(Path archive) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            return readTar(in);
        }
    }

    static Map<String, TarEntry> readTar(InputStream in) throws IOException {
        Map<String, TarEntry> entries = new LinkedHashMap<>();
        {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || isZero(header)) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                int mode = (int) octal(header, 100, 8);
                long size = octal(header, 124, 12);
                char type = header[156] == 0 ? '0' : (char) header[156];
                byte[] data = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                switch (type) {
                    case 'L' -> longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                    case 'x' -> longName = paxPath(data, longName);
                    case 'g' -> { }
                    default -> {
                        if (longName != null) {
                            name = longName;
                            longName = null;
                        }
                        entries.put(name, new TarEntry(name, type, mode, data, field(header, 157, 100)));
                    }
                }
            }
        }
        return entries;
    }

    private static String paxPath(byte[] data, String otherwise) {
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int eq = record.indexOf('=');
            int sp = record.indexOf(' ');
            if (sp > 0 && eq > sp && record.substring(sp + 1, eq).equals("path")) {
                return record.substring(eq + 1);
            }
        }
        return otherwise;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int off, int len) {
        String s = field(h, off, len).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
