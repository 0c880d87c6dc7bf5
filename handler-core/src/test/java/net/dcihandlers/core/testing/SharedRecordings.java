package net.dcihandlers.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The walks of real devices kept beside the repository in {@code ../shared/recordings/} (relative
 * to the repository root; CI has them there too), read by tests in place. Their SOURCES.md names
 * where each comes from. A missing folder or file fails the test that needs it, saying where it
 * was looked for: a test against real equipment is never skipped quietly.
 */
public final class SharedRecordings {
    private SharedRecordings() {
    }

    /** The folder: ../shared/recordings from the repository root, found from a module's directory. */
    public static Path folder() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("handler-core"))) {
                Path shared = d.resolve("../shared/recordings").normalize();
                if (!Files.isDirectory(shared)) {
                    throw new AssertionError("the shared recordings are missing: " + shared + " (../shared/recordings"
                            + " beside the repository root " + d + ")");
                }
                return shared;
            }
        }
        throw new AssertionError("no repository root (pom.xml with handler-core) above " + dir);
    }

    /** One recording, e.g. "ios_2960X.snmprec.gz". */
    public static Path file(String name) {
        Path f = folder().resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new AssertionError("shared recording " + f + " is missing (see ../shared/recordings/SOURCES.md)");
        }
        return f;
    }
}
