package net.dcihandlers.core.state;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.HandlerException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The handlers' state folder ({@code state.dir}, by default {@code var/} of the installation):
 * what they learn about devices and keep from one call to the next, such as a BMC's pinned
 * certificate or the IPMI cipher suite found to work. Created with mode 0700, since what it holds
 * decides whom the handlers trust. Each entry is one small text file, written whole (to a
 * temporary file, then renamed), so that calls running at once never read half of one.
 */
public final class StateDir {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    /** The most an entry may hold: they are fingerprints and numbers. */
    static final int MAX_BYTES = 64 * 1024;

    private final Path dir;

    private StateDir(Path dir) {
        this.dir = dir;
    }

    /** The folder at {@code dir} (created when first written). */
    public static StateDir at(Path dir) {
        return new StateDir(dir);
    }

    /**
     * The folder the configuration names, else {@code var/} of the installation; empty when
     * neither is known (a handler run from a build without {@code state.dir}).
     */
    public static Optional<StateDir> of(Config config) {
        String set = config.string(CoreSettings.STATE_DIR);
        if (!set.isEmpty()) {
            return Optional.of(new StateDir(Path.of(set)));
        }
        if (config.home() != null) {
            return Optional.of(new StateDir(Path.of(config.home(), "var")));
        }
        return Optional.empty();
    }

    /** The folder, or an error saying what to set. */
    public static StateDir require(Config config, String forWhat) throws HandlerException {
        return of(config).orElseThrow(() -> HandlerException.badData("no state folder to keep " + forWhat
                + " in: set " + CoreSettings.STATE_DIR.key() + " in the configuration (" + config.source() + ")"));
    }

    public Path dir() {
        return dir;
    }

    /** Where entry {@code name} is (or would be) kept. */
    public Path path(String name) {
        return dir.resolve(checked(name));
    }

    /** The text of an entry, or empty when there is none. */
    public Optional<String> read(String name) throws HandlerException {
        Path f = path(name);
        try {
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    throw HandlerException.badData("state file " + f + " is not a regular file; remove it");
                }
                return Optional.empty();
            }
            if (Files.size(f) > MAX_BYTES) {
                throw HandlerException.badData("state file " + f + " is larger than " + MAX_BYTES + " bytes; remove it");
            }
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw HandlerException.badData("cannot read state file " + f + ": " + e.getMessage());
        }
    }

    /** Writes an entry whole, replacing what it held. */
    public void write(String name, String text) throws HandlerException {
        Path f = path(name);
        try {
            ensureDir();
            Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw HandlerException.badData("cannot write state file " + f + " (" + CoreSettings.STATE_DIR.key()
                    + "): " + e);
        }
    }

    /** Removes an entry; nothing happens when there is none. */
    public void delete(String name) throws HandlerException {
        Path f = path(name);
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw HandlerException.badData("cannot remove state file " + f + ": " + e);
        }
    }

    private void ensureDir() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            // the umask may have taken bits away; 0700 is what is meant
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /** Entry names are made from addresses by {@link #entry}; nothing else may reach the file system. */
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a state entry name: " + name);
        }
        return name;
    }

    /**
     * An entry name for a kind of thing about one device: {@code entry("tls-pin", "10.0.0.5", 443)}
     * is {@code tls-pin-10.0.0.5-443}. Characters a host may hold that a file name should not (the
     * colons of IPv6, a zone's %) become '_'.
     */
    public static String entry(String kind, String host, int port) {
        return kind + "-" + host.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + port;
    }
}
