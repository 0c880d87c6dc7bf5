package net.dcihandlers.packaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The .deb and the .rpm the build makes: what they hold (the distribution where install.sh puts
 * it), what they declare (configuration, Java, scripts), and each installed and removed with its own
 * tool as root: the .deb with dpkg on this machine, the .rpm with rpm in a scratch root.
 */
class PackagesIT {
    private static final String PREFIX = System.getProperty("dci.package.prefix", "/usr/local/mgr5");
    private static final String HOME = PREFIX + "/dci-handlers";
    private static final String LINKS = PREFIX + "/var/dcihandlers";
    private static final String CONF = HOME + "/etc/dci-handlers.conf";
    /** Generous: an install makes a class-data archive per handler and starts each one with -info. */
    private static final int INSTALL_SECONDS = 600;

    private Path tmp;

    @BeforeEach
    void scratch() throws IOException {
        tmp = Dist.newScratch("PackagesIT");
    }

    @AfterEach
    void removeScratch() throws IOException {
        Dist.deleteTree(tmp);
    }

    private static Path deb() {
        return Path.of(System.getProperty("dci.deb"));
    }

    private static Path rpm() {
        return Path.of(System.getProperty("dci.rpm"));
    }

    // --- what they hold ---

    @Test
    void theDebHoldsTheDistributionWhereInstallShPutsIt() throws IOException {
        Path tar = tmp.resolve("data.tar");
        Dist.Result r = Dist.run(List.of("sh", "-c", "dpkg-deb --fsys-tarfile \"$1\" >\"$2\"", "sh", deb().toString(),
                tar.toString()), tools(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
        Map<String, String> payload = new TreeMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            for (DistributionIT.TarEntry e : DistributionIT.readTar(in).values()) {
                String path = e.name().replaceFirst("^\\.", "").replaceFirst("(.)/$", "$1");
                switch (e.type()) {
                    case '5' -> payload.put(path, "dir " + Integer.toOctalString(e.mode() & 07777));
                    case '2' -> payload.put(path, "link -> " + e.linkName());
                    case '0' -> payload.put(path, "file " + Integer.toOctalString(e.mode() & 07777) + " " + sha256(e.content()));
                    default -> fail("unexpected member " + e.name() + " of type " + e.type());
                }
            }
        }
        // /usr and /usr/local: the parents of every entry, which a .deb lists too (dpkg never
        // removes them while they hold anything)
        assertEquals("dir 755", payload.remove("/usr"));
        assertEquals("dir 755", payload.remove("/usr/local"));
        assertEquals(expectedPayload(), payload);
    }

    @Test
    void theRpmHoldsTheDistributionWhereInstallShPutsIt() throws IOException {
        Dist.Result r = Dist.run(List.of("rpm", "-qp", "--qf",
                "[%{FILENAMES}\\t%{FILEMODES:perms}\\t%{FILEDIGESTS}\\t%{FILELINKTOS}\\t%{FILEFLAGS:fflags}\\n]",
                rpm().toString()), tools(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
        Map<String, String> payload = new TreeMap<>();
        Map<String, String> flags = new TreeMap<>();
        for (String line : r.stdout().split("\n")) {
            String[] f = line.split("\t", -1);
            String mode = Integer.toOctalString(permissions(f[1].substring(1)));
            switch (f[1].charAt(0)) {
                case 'd' -> payload.put(f[0], "dir " + mode);
                case 'l' -> payload.put(f[0], "link -> " + f[3]);
                case '-' -> payload.put(f[0], "file " + mode + " " + f[2]);
                default -> fail("unexpected entry " + line);
            }
            if (!f[4].isEmpty()) {
                flags.put(f[0], f[4]);
            }
        }
        assertEquals(expectedPayload(), payload);
        assertEquals(Map.of(CONF, "cn"), flags, "the configuration is %config(noreplace), nothing else is marked");
    }

    // --- what they declare ---

    @Test
    void theDebDeclaresItsVersionJavaConfigurationAndScripts() {
        String version = Dist.archiveBase().substring("dci-handlers-".length());
        assertEquals("dci-handlers\n" + version + "\nall\n", debField("Package") + debField("Version") + debField("Architecture"));
        String depends = debField("Depends");
        assertTrue(depends.contains("default-jre-headless (>= 2:1.17) | java17-runtime-headless"), depends);
        assertEquals(CONF + "\n", debControl("conffiles"));
        assertTrue(debControl("postinst").contains(HOME + "/install.sh --package-configure"), debControl("postinst"));
        String prerm = debControl("prerm");
        assertTrue(prerm.matches("(?s).*remove \\| deconfigure\\)\\s+" + HOME.replace(".", "\\.")
                + "/install\\.sh --package-remove.*"), "only when the package goes, not on an upgrade: " + prerm);
        assertTrue(debControl("preinst").contains("install.manifest"), debControl("preinst"));
    }

    @Test
    void theRpmDeclaresItsVersionJavaConfigurationAndScripts() {
        String version = Dist.archiveBase().substring("dci-handlers-".length());
        assertEquals("dci-handlers " + version + " 1 noarch",
                rpmQuery("--qf", "%{NAME} %{VERSION} %{RELEASE} %{ARCH}"));
        List<String> requires = List.of(rpmQuery("-R").split("\n"));
        assertTrue(requires.contains("(java-17-openjdk-headless or java-21-openjdk-headless or java-25-openjdk-headless)"),
                requires.toString());
        assertTrue(requires.contains("rpmlib(RichDependencies) <= 4.12.0-1"), "the rpm version rich dependencies need: " + requires);
        assertEquals(CONF, rpmQuery("-c"));
        String scripts = rpmQuery("--scripts");
        assertTrue(scripts.matches("(?s).*postinstall scriptlet.*\n" + HOME.replace(".", "\\.")
                + "/install\\.sh --package-configure\n.*"), scripts);
        assertTrue(scripts.matches("(?s).*preuninstall scriptlet.*if \\[ \"\\$1\" -eq 0 \\]; then\\s+"
                + HOME.replace(".", "\\.") + "/install\\.sh --package-remove.*"), "only when erased, not on an upgrade: " + scripts);
        assertTrue(scripts.matches("(?s).*preinstall scriptlet.*install\\.manifest.*"), scripts);
    }

    /** The scripts as the packages hold them pass shellcheck (POSIX sh), where it is installed. */
    @Test
    void theirScriptsPassShellcheckWhereItIsInstalled() throws IOException {
        Assumptions.assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "shellcheck"))), "shellcheck is not installed");
        List<String> cmd = new ArrayList<>(List.of("shellcheck", "-s", "sh"));
        Path control = tmp.resolve("deb-control");
        Dist.Result e = Dist.run(List.of("dpkg-deb", "-e", deb().toString(), control.toString()), tools(), tmp, (byte[]) null);
        assertEquals(0, e.exit(), e::describe);
        for (String script : List.of("preinst", "postinst", "prerm")) {
            cmd.add(control.resolve(script).toString());
        }
        for (String tag : List.of("PREIN", "POSTIN", "PREUN")) {
            Path script = tmp.resolve("rpm-" + tag);
            Files.writeString(script, rpmQuery("--qf", "%{" + tag + "}") + "\n");
            cmd.add(script.toString());
        }
        Dist.Result r = Dist.run(cmd, Dist.cleanEnv(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
    }

    // --- installed and removed ---

    /**
     * dpkg -i on this machine (CI's: root, no DCImanager), into the real /usr/local/mgr5: the files
     * and links, a class-data archive per handler, every handler answering -info through the
     * panel's link; installed again, the archives stay; dpkg -r leaves only the edited
     * configuration (dpkg keeps configuration files until a purge) and dpkg -P nothing.
     */
    @Test
    void theDebInstallsWithDpkgAndRemovesLeavingOnlyAnEditedConfiguration() throws Exception {
        assumeRoot();
        Path prefix = Path.of(PREFIX);
        try (FileChannel channel = FileChannel.open(Path.of("/tmp/dci-handlers-packages-it.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            if (Files.exists(prefix, LinkOption.NOFOLLOW_LINKS)) {
                fail(prefix + " exists on this machine: this test installs the .deb into the real " + prefix
                        + " and purges it again, so it runs only where there is none (CI)");
            }
            Dist.Result status = Dist.run(List.of("dpkg-query", "-W", "-f", "${db:Status-Status}", "dci-handlers"), tools(),
                    tmp, (byte[]) null);
            if (status.exit() == 0 && !status.stdout().isBlank() && !status.stdout().equals("not-installed")) {
                fail("dci-handlers is " + status.stdout() + " on this machine; this test will not touch it: " + status.describe());
            }
            try {
                long start = System.nanoTime();
                Dist.Result in = dpkg("-i", deb().toString());
                report("dpkg -i", start);
                assertEquals(0, in.exit(), in::describe);
                assertRegistersEveryHandler(in);
                assertEquals(expectedPayload(), installedPayload(prefix, Path.of("/")), "installed as the .deb lists it");
                Path cds = prefix.resolve("dci-handlers/lib/cds");
                assertEquals(Dist.HANDLER_TYPES.keySet().stream().sorted().toList(), archivedHandlers(cds), in::describe);
                for (Map.Entry<String, String> h : Dist.HANDLER_TYPES.entrySet()) {
                    Dist.assertInfo(Dist.run(List.of(LINKS + "/" + h.getKey(), "-info"), systemEnv(), tmp, (byte[]) null),
                            h.getValue());
                }
                Dist.Result owned = Dist.run(List.of("dpkg", "-S", LINKS + "/dci-switch"), tools(), tmp, (byte[]) null);
                assertTrue(owned.stdout().startsWith("dci-handlers: "), "the panel's links are the package's: " + owned.describe());

                Map<String, String> archives = Dist.snapshot(cds);
                start = System.nanoTime();
                Dist.Result again = dpkg("-i", deb().toString());
                report("dpkg -i (again)", start);
                assertEquals(0, again.exit(), again::describe);
                assertEquals(archives, Dist.snapshot(cds), "the same jars keep their archives: " + again.describe());

                Path conf = Path.of(CONF);
                String edited = Files.readString(conf) + "snmp.retries=3\n";
                Files.writeString(conf, edited);
                // what a handler learned (a BMC certificate pinned on first use) outlives a removal
                Path pin = prefix.resolve("dci-handlers/var/redfish-pin-192.0.2.9-443");
                Files.writeString(pin, "sha256 AB:CD\n");
                start = System.nanoTime();
                Dist.Result removed = dpkg("-r", "dci-handlers");
                report("dpkg -r", start);
                assertEquals(0, removed.exit(), removed::describe);
                assertEquals(List.of("", "dci-handlers", "dci-handlers/etc", "dci-handlers/etc/dci-handlers.conf",
                        "dci-handlers/var", "dci-handlers/var/redfish-pin-192.0.2.9-443"), tree(prefix), removed::describe);
                assertEquals(edited, Files.readString(conf));

                start = System.nanoTime();
                Dist.Result purged = dpkg("-P", "dci-handlers");
                report("dpkg -P", start);
                assertEquals(0, purged.exit(), purged::describe);
                assertFalse(Files.exists(prefix, LinkOption.NOFOLLOW_LINKS), "nothing left: " + purged.describe());
            } finally {
                dpkg("-P", "dci-handlers");
            }
        }
    }

    /**
     * rpm -i into a scratch root (rpm --root), its scripts run there, then rpm -e. What the scratch
     * root needs, since rpm runs the scripts chrooted into it: /bin/sh and the tools install.sh
     * uses, and Java for the class-data archives and the -info check, lent read-only from this
     * machine (its /usr/{bin,sbin,lib,lib64,share} and /etc, where /etc/alternatives leads to
     * Java) with /dev and /proc (the JVM), all mounted in a private mount namespace that ends with
     * the command; an rpm database of its own, which holds no Java or sh package, hence --nodeps.
     */
    @Test
    void theRpmInstallsIntoAScratchRootAndErasesLeavingOnlyAnEditedConfiguration() throws IOException {
        assumeRoot();
        Path root = Files.createDirectories(tmp.resolve("root"));
        long start = System.nanoTime();
        Dist.Result in = inScratchRoot(root, "rpm --root \"$1\" --initdb && rpm --root \"$1\" -i --nodeps \"$2\""
                + " && rpm --root \"$1\" -V --nodeps dci-handlers && echo verified"
                + " && for l in \"$1\"" + LINKS + "/*; do echo \"=== ${l##*/}\"; chroot \"$1\" " + LINKS
                + "/\"${l##*/}\" -info; done");
        report("rpm -i (scratch root)", start);
        assertEquals(0, in.exit(), in::describe);
        assertRegistersEveryHandler(in);
        assertTrue(in.stdout().contains("\nverified\n"), "rpm -V finds the files as the package has them: " + in.describe());
        assertEquals(expectedPayload(), installedPayload(root.resolve(PREFIX.substring(1)), root));
        assertEquals(Dist.HANDLER_TYPES.keySet().stream().sorted().toList(),
                archivedHandlers(root.resolve(HOME.substring(1)).resolve("lib/cds")), in::describe);
        String[] answers = in.stdout().split("=== ");
        assertEquals(Dist.HANDLER_TYPES.size() + 1, answers.length, in::describe);
        for (int i = 1; i < answers.length; i++) {
            String name = answers[i].substring(0, answers[i].indexOf('\n'));
            Dist.assertInfo(new Dist.Result(0, answers[i].substring(name.length() + 1), "", false), Dist.HANDLER_TYPES.get(name));
        }

        Path conf = root.resolve(CONF.substring(1));
        String edited = Files.readString(conf) + "snmp.retries=3\n";
        Files.writeString(conf, edited);
        start = System.nanoTime();
        Dist.Result erased = inScratchRoot(root, "rpm --root \"$1\" -e dci-handlers && rpm --root \"$1\" -qa");
        report("rpm -e (scratch root)", start);
        assertEquals(0, erased.exit(), erased::describe);
        assertEquals("", erased.stdout().replaceAll("(?m)^Removing.*\n|^  remove .*\n", ""), "no package left: " + erased.describe());
        assertTrue(erased.stderr().contains(CONF + " saved as " + CONF + ".rpmsave"), erased::describe);
        Path local = root.resolve("usr/local");
        assertEquals(List.of("", "mgr5", "mgr5/dci-handlers", "mgr5/dci-handlers/etc", "mgr5/dci-handlers/etc/dci-handlers.conf.rpmsave"),
                tree(local), erased::describe);
        assertEquals(edited, Files.readString(local.resolve("mgr5/dci-handlers/etc/dci-handlers.conf.rpmsave")));
    }

    // --- helpers ---

    /**
     * What a package installs: every file of the distribution in HOME (launchers and install.sh
     * executable), the default configuration again as .dist, a link per launcher in LINKS, and
     * the folders; path -> "dir MODE", "file MODE SHA-256" or "link -> TARGET".
     */
    private static Map<String, String> expectedPayload() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String dir : List.of(PREFIX, PREFIX + "/var", LINKS, HOME)) {
            m.put(dir, "dir 755");
        }
        Path home = Dist.home();
        try (Stream<Path> s = Files.walk(home)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = home.relativize(p).toString();
                if (Files.isDirectory(p) && !rel.isEmpty()) {
                    m.put(HOME + "/" + rel, "dir 755");
                } else if (Files.isRegularFile(p)) {
                    boolean executable = rel.startsWith("bin/") || rel.equals("install.sh");
                    m.put(HOME + "/" + rel, "file " + (executable ? "755" : "644") + " " + sha256(Files.readAllBytes(p)));
                }
            }
        }
        m.put(CONF + ".dist", m.get(CONF));
        m.put(HOME + "/var", "dir 700");
        for (String name : Dist.launchers()) {
            m.put(LINKS + "/" + name, "link -> " + HOME + "/bin/" + name);
        }
        return m;
    }

    /** The same description of what is installed under prefix (lib/cds aside), paths seen from root. */
    private static Map<String, String> installedPayload(Path prefix, Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        Path cds = prefix.resolve("dci-handlers/lib/cds");
        try (Stream<Path> s = Files.walk(prefix)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.startsWith(cds)) {
                    continue;
                }
                String path = "/" + root.relativize(p);
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String mode = Integer.toOctalString(permissions(Dist.mode(p)));
                if (a.isSymbolicLink()) {
                    m.put(path, "link -> " + Files.readSymbolicLink(p));
                } else if (a.isDirectory()) {
                    m.put(path, "dir " + mode);
                } else {
                    m.put(path, "file " + mode + " " + sha256(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }

    private static List<String> archivedHandlers(Path cds) throws IOException {
        try (Stream<Path> s = Files.list(cds)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa"))
                    .map(n -> n.replaceFirst("-[0-9][^-]*\\.jsa$", "")).sorted().toList();
        }
    }

    private static void assertRegistersEveryHandler(Dist.Result r) {
        assertTrue(r.stdout().contains("DCImanager will register:"), r::describe);
        for (Map.Entry<String, String> h : Dist.HANDLER_TYPES.entrySet()) {
            assertTrue(r.stdout().contains("  " + h.getKey() + ": " + h.getValue() + " "), r::describe);
        }
        assertFalse(r.stderr().contains("WARNING"), r::describe);
    }

    /** Every path under root, relative, sorted ("" is root itself). */
    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private Dist.Result dpkg(String... args) {
        List<String> cmd = new ArrayList<>(List.of("dpkg"));
        cmd.addAll(List.of(args));
        // another dpkg or apt at work holds dpkg's lock: wait for it, within reason
        for (int attempt = 0; ; attempt++) {
            Dist.Result r = Dist.run(cmd, systemEnv(), tmp, (byte[]) null, INSTALL_SECONDS);
            if (attempt >= 60 || !r.stderr().contains("lock")) {
                return r;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    /** Runs sh -c COMMAND with $1 = root made a scratch root (see the rpm test) and $2 = the .rpm. */
    private Dist.Result inScratchRoot(Path root, String command) {
        String setup = """
                set -e
                mkdir -p "$1/etc" "$1/dev" "$1/proc" "$1/tmp" "$1/usr/local" "$1/var/lib/rpm"
                for d in bin sbin lib lib64; do
                    if [ -h "/$d" ] && [ ! -h "$1/$d" ]; then ln -s "$(readlink "/$d")" "$1/$d"; fi
                done
                for d in bin sbin lib lib64 share; do
                    if [ -d "/usr/$d" ]; then mkdir -p "$1/usr/$d"; mount -o bind,ro "/usr/$d" "$1/usr/$d"; fi
                done
                mount -o bind,ro /etc "$1/etc"
                mount -o bind /dev "$1/dev"
                mount -t proc proc "$1/proc"
                set +e
                """;
        return Dist.run(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c", setup + command, "sh",
                root.toString(), rpm().toString()), systemEnv(), tmp, (byte[]) null, INSTALL_SECONDS);
    }

    private String debField(String field) {
        Dist.Result r = Dist.run(List.of("dpkg-deb", "-f", deb().toString(), field), tools(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
        return r.stdout();
    }

    private String debControl(String member) {
        Dist.Result r = Dist.run(List.of("dpkg-deb", "-I", deb().toString(), member), tools(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
        return r.stdout();
    }

    private String rpmQuery(String... query) {
        List<String> cmd = new ArrayList<>(List.of("rpm", "-qp"));
        cmd.addAll(List.of(query));
        cmd.add(rpm().toString());
        Dist.Result r = Dist.run(cmd, tools(), tmp, (byte[]) null);
        assertEquals(0, r.exit(), r::describe);
        return r.stdout().strip();
    }

    /** The test JVM's environment for the package tools; rpm must be there (Debian package rpm, .ci/run). */
    private static Map<String, String> tools() {
        Map<String, String> env = Dist.cleanEnv();
        boolean rpmThere = Stream.of(env.getOrDefault("PATH", "").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "rpm")));
        if (!rpmThere) {
            fail("rpm is not installed: apt-get install rpm (.ci/run installs it)");
        }
        return env;
    }

    /** As root runs a package manager: the system's PATH, its java, no DCI_ settings. */
    private static Map<String, String> systemEnv() {
        Map<String, String> env = Dist.cleanEnv();
        env.remove("DCI_NO_CDS");
        env.remove("JAVA_HOME");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        return env;
    }

    private static void assumeRoot() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "installing a package needs root (CI runs as root); not run as " + System.getProperty("user.name"));
    }

    private static void report(String what, long startNanos) {
        System.out.printf("PackagesIT: %s took %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static int permissions(String rwx) {
        int mode = 0;
        for (int i = 0; i < 9; i++) {
            mode = (mode << 1) | (rwx.charAt(i) == '-' ? 0 : 1);
        }
        return mode;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
