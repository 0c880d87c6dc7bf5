package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The unpacked distribution under test (the system property dci.dist, set by the build), and the
 * means to run its scripts as the panel and as people do: argument lists, a chosen environment,
 * stdin given and closed, stdout and stderr kept apart.
 */
final class Dist {
    /** The handlers this version ships, with the -info type each must declare. */
    static final Map<String, String> HANDLER_TYPES = Map.of("dci-switch", "Switch", "dci-ipmi", "IPMI", "dci-pdu", "PDU", "dci-ups", "UPS", "dci-ups-nut", "UPS");

    /** The JVM options the launcher passes before $DCI_JAVA_OPTS, in order. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1", "-XX:Tier3InvocationThreshold=2000", "-XX:Tier3MinInvocationThreshold=1000",
            "-XX:Tier3CompileThreshold=20000", "-XX:Tier3BackEdgeThreshold=600000", "-Xss512k", "-Xms6m", "-Xmx128m", "-Xmn2m", "-XX:-UsePerfData",
            "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xshare:auto");

    static final String REQUEST = "<doc><func>status</func><device_params><ip>127.0.0.1:9</ip>"
            + "<snmp_ver>SNMP v2c</snmp_ver><snmp_community>public</snmp_community></device_params></doc>";

    private Dist() {
    }

    static Path home() {
        String dir = System.getProperty("dci.dist");
        if (dir == null) {
            fail("system property dci.dist (the unpacked distribution) is not set: run through Maven (verify)");
        }
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            fail(p + " does not exist: the assembly did not run");
        }
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder for one test, under target/ (removed by {@link #deleteTree}). */
    static Path newScratch(String label) throws IOException {
        Path base = Files.createDirectories(Path.of(System.getProperty("dci.dist")).toAbsolutePath().getParent()
                .resolve("it-scratch"));
        return Files.createTempDirectory(base, label + "-").toRealPath();
    }

    /** Removes a folder and everything in it; symlinks are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Path archive() {
        return Path.of(System.getProperty("dci.dist.archive"));
    }

    static String archiveBase() {
        return System.getProperty("dci.dist.name");
    }

    static Path launcher(String name) {
        return home().resolve("bin").resolve(name);
    }

    /** The launchers in bin/, by name. */
    static List<String> launchers() {
        try (Stream<Path> s = Files.list(home().resolve("bin"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished process left; stdinRefused: it exited before taking all of its stdin. */
    record Result(int exit, String stdout, String stderr, boolean stdinRefused) {
        Document document() {
            return parse(stdout);
        }

        String describe() {
            return "exit " + exit + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    /** An environment for the children: the test JVM's, without anything that steers the launcher. */
    static Map<String, String> cleanEnv() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("DCI_"));
        // no class-data training in the background, which would write lib/cds into the
        // distribution under test; the tests that are about the archive remove this
        env.put("DCI_NO_CDS", "1");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        return env;
    }

    /**
     * The clean environment with the JDK that runs the tests first on PATH and no JAVA_HOME, as on
     * a panel host whose default java is new enough.
     */
    static Map<String, String> withJava() {
        Map<String, String> env = cleanEnv();
        env.remove("JAVA_HOME");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    /** {@link #withJava()} with DCI_HANDLERS_CONF naming a new file in {@code dir} holding these lines. */
    static Map<String, String> withConfiguration(Path dir, String... lines) throws IOException {
        Path f = Files.createTempFile(dir, "conf", ".properties");
        Files.write(f, List.of(lines));
        Map<String, String> env = withJava();
        env.put("DCI_HANDLERS_CONF", f.toString());
        return env;
    }

    /**
     * The clean environment with no Java at all: JAVA_HOME unset and PATH a folder mirroring
     * /usr/bin and /bin (every tool a shell script may need) without java.
     */
    static Map<String, String> withoutJava() throws IOException {
        Map<String, String> env = cleanEnv();
        env.remove("JAVA_HOME");
        env.put("PATH", pathWithoutJava().toString());
        return env;
    }

    /** Made once per build, in target/. */
    static synchronized Path pathWithoutJava() throws IOException {
        Path mirror = home().getParent().resolve("path-without-java");
        if (Files.isDirectory(mirror)) {
            return mirror;
        }
        Path building = Files.createTempDirectory(home().getParent(), "path-without-java-");
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path tool : (Iterable<Path>) s::iterator) {
                    String name = tool.getFileName().toString();
                    Path link = building.resolve(name);
                    if (!name.equals("java") && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, tool);
                    }
                }
            }
        }
        Files.move(building, mirror);
        return mirror;
    }

    static Result run(List<String> command, Map<String, String> env, Path cwd, String stdin) {
        return run(command, env, cwd, stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How long {@link #run} waits for a command: beyond any deadline.ms a test gives (up to
     * {@link Patience#DEADLINE_MS}, for calls that must answer on a loaded machine) and an
     * install.sh that starts several JVMs for every handler (RuntimeIT's five tests took 334 s at
     * load 25), so only a hang reaches it.
     */
    static final int RUN_CAP_SECONDS = 600;

    /** Runs a command (no shell), feeds stdin (or nothing) and closes it, and waits for its end. */
    static Result run(List<String> command, Map<String, String> env, Path cwd, byte[] stdin) {
        return run(command, env, cwd, stdin, RUN_CAP_SECONDS);
    }

    /** The same, waiting up to the given number of seconds (package installs start many JVMs). */
    static Result run(List<String> command, Map<String, String> env, Path cwd, byte[] stdin, int seconds) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            boolean refused = false;
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            } catch (IOException e) {
                refused = true; // broken pipe: the child went away without reading it all
            }
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8), refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * All a stream holds, read on a thread of its own: the common pool has as few threads as the
     * machine has cores, so fifty calls at once would leave some outputs unread, and their
     * processes blocked writing them.
     */
    static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> all = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                all.complete(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                all.completeExceptionally(e);
            }
        }, "drain");
        t.setDaemon(true);
        t.start();
        return all;
    }

    /** Parses exactly one XML document (anything after it is an error), DTDs refused. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not one well-formed XML document: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static String text(Document d, String element) {
        var nodes = d.getElementsByTagName(element);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** Asserts the result is the -info document of a handler of the given type. */
    static void assertInfo(Result r, String type) {
        assertEquals(0, r.exit(), r::describe);
        Document d = r.document();
        assertEquals("doc", d.getDocumentElement().getTagName(), r::describe);
        assertEquals(type, text(d, "type"), r::describe);
    }

    /** Asserts the result is an error document of the given type, and returns its text. */
    static String assertErrorDocument(Result r, String type) {
        assertEquals(0, r.exit(), r::describe);
        Document d = r.document();
        assertEquals("doc", d.getDocumentElement().getTagName(), r::describe);
        assertEquals(type, text(d, "type"), r::describe);
        String t = text(d, "text");
        if (t == null || t.isBlank()) {
            fail("error document without text: " + r.describe());
        }
        return t;
    }

    static void write(Path file, String content, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        if (mode != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        }
    }

    /**
     * A fake Java home: a release file saying {@code releaseVersion} (none if null), and a bin/java
     * script that answers {@code -version} with {@code versionLine} (and notes it was asked, in
     * bin/version-asked), and otherwise prints "JAVA:" + its own path and then each argument as
     * "ARG:" + argument, one a line.
     */
    static Path fakeJava(Path dir, String releaseVersion, String versionLine) throws IOException {
        if (releaseVersion != null) {
            write(dir.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + releaseVersion
                    + "\"\nOS_NAME=\"Linux\"\n", null);
        }
        write(dir.resolve("bin/java"), "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then\n"
                + "  : >\"${0%/*}/version-asked\"\n"
                + "  echo '" + versionLine + "' >&2\n"
                + "  echo 'Fake Runtime Environment' >&2\n"
                + "  exit 0\n"
                + "fi\n"
                + "printf 'JAVA:%s\\n' \"$0\"\n"
                + "for a in \"$@\"; do printf 'ARG:%s\\n' \"$a\"; done\n", "rwxr-xr-x");
        return dir;
    }

    /** The arguments a fake java printed. */
    static List<String> fakeJavaArgs(Result r) {
        List<String> args = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("ARG:")) {
                args.add(line.substring(4));
            }
        }
        return args;
    }

    /**
     * Everything under a folder, symlinks not followed: for a file its size, mode, content hash,
     * modification time and inode, for a link its target, for a folder its mode. Equal snapshots
     * mean nothing was created, removed, rewritten or re-pointed.
     */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = root.relativize(p).toString();
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isSymbolicLink()) {
                    m.put(rel, "link -> " + Files.readSymbolicLink(p));
                } else if (a.isDirectory()) {
                    m.put(rel, "dir " + mode(p));
                } else {
                    m.put(rel, "file " + a.size() + " " + mode(p) + " " + java.util.Arrays.hashCode(Files.readAllBytes(p))
                            + " " + a.lastModifiedTime() + " " + a.fileKey());
                }
            }
        }
        return m;
    }

    static String mode(Path p) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        return PosixFilePermissions.toString(perms);
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] repeat(String s, int totalBytes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(totalBytes + s.length());
        byte[] unit = s.getBytes(StandardCharsets.UTF_8);
        while (b.size() < totalBytes) {
            b.writeBytes(unit);
        }
        return b.toByteArray();
    }
}
