package net.dcihandlers.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The handlers' configuration: a Java properties file, {@code $DCI_HANDLERS_CONF} or else
 * {@code etc/dci-handlers.conf} of the installation. A key the file does not set takes its
 * declared default. A value that makes no sense is an error naming the key and the file.
 */
public final class Config {
    public static final String ENV_FILE = "DCI_HANDLERS_CONF";
    public static final String HOME_PROPERTY = "dci.home";

    private final Properties props;
    private final String source;
    private String home;

    private Config(Properties props, String source) {
        this.props = props;
        this.source = source;
    }

    /** The installation's folder (where {@code etc/} and {@code var/} are), or null when run from a build. */
    public String home() {
        return home;
    }

    public static Config defaults() {
        return new Config(new Properties(), "built-in defaults");
    }

    public static Config of(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return new Config(p, "test configuration");
    }

    /** The most a configuration file may hold; the shipped one, every key commented, is under 10 KiB. */
    static final int MAX_BYTES = 1 << 20;

    /** Which file {@link #load} reads, for messages written before it has been read. */
    public static String describe(Map<String, String> env, String home) {
        String named = env.get(ENV_FILE);
        if (named != null && !named.isEmpty()) {
            return named + ", named by " + ENV_FILE;
        }
        if (home != null && !home.isEmpty()) {
            return Path.of(home, "etc", "dci-handlers.conf").toString();
        }
        return "built-in defaults";
    }

    /** Loads the file named by the environment, or the installation's own file, or nothing. */
    public static Config load(Map<String, String> env, String home) throws HandlerException {
        String named = env.get(ENV_FILE);
        Config c;
        if (named != null && !named.isEmpty()) {
            c = read(Path.of(named), true);
        } else if (home != null && !home.isEmpty()) {
            c = read(Path.of(home, "etc", "dci-handlers.conf"), false);
        } else {
            c = defaults();
        }
        c.home = home == null || home.isEmpty() ? null : home;
        return c;
    }

    /**
     * Reads a configuration file. Only a regular file is opened: opening a FIFO blocks until
     * someone writes to it, and a device may never end, so either would hold the call for ever.
     */
    private static Config read(Path file, boolean required) throws HandlerException {
        Properties p = new Properties();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw HandlerException.badData("configuration file " + file + " is not a regular file ("
                        + (a.isDirectory() ? "a folder" : "a pipe, socket or device") + "): refused, since reading"
                        + " it could block the call; point " + ENV_FILE + " at a file");
            }
            if (a.size() > MAX_BYTES) {
                throw HandlerException.badData("configuration file " + file + " is larger than 1 MiB; refused");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw HandlerException.badData("configuration file " + file + " is larger than 1 MiB; refused");
            }
            p.load(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            if (required) {
                throw HandlerException.badData("configuration file " + file + " (named by " + ENV_FILE
                        + ") does not exist");
            }
            return new Config(p, "built-in defaults (" + file + " absent)");
        } catch (IOException | IllegalArgumentException e) {
            throw HandlerException.badData("cannot read configuration file " + file + ": " + e.getMessage());
        }
        return new Config(p, file.toString());
    }

    /** The values of those settings that are secrets, as this file sets them. */
    public java.util.List<String> secretValues(java.util.Collection<Setting> settings) {
        return settings.stream().filter(Setting::secret).map(this::string).filter(v -> !v.isEmpty()).toList();
    }

    /** Where the values come from, for messages. */
    public String source() {
        return source;
    }

    public String string(Setting s) {
        String v = props.getProperty(s.key());
        return v == null || v.isBlank() ? s.defaultValue() : v.trim();
    }

    /** A whole number within the setting's declared range. */
    public int integer(Setting s) throws HandlerException {
        if (!(s.values() instanceof Setting.Range r) || !r.words().isEmpty()) {
            throw new IllegalArgumentException(s.key() + " is not declared as a plain whole number");
        }
        String v = string(s);
        if (!r.accepts(v)) {
            throw invalid(s, v, r.expected());
        }
        return Integer.parseInt(v);
    }

    /**
     * Checks every value this file sets for these settings against their declarations: a bad value
     * is reported when the configuration is loaded, naming the file and the key, before anything is
     * sent to a device.
     */
    public void check(java.util.Collection<Setting> settings) throws HandlerException {
        for (Setting s : settings) {
            String raw = props.getProperty(s.key());
            if (raw != null && !raw.isBlank() && !s.values().accepts(raw.trim())) {
                throw invalid(s, raw.trim(), s.values().expected());
            }
        }
    }

    /**
     * A value from a fixed set, matched without regard to case. {@code names} maps the upper-case
     * spellings to values; pass an ordered map, since its order is the order the error lists them.
     */
    public <E extends Enum<E>> E choice(Setting s, Class<E> type, Map<String, E> names) throws HandlerException {
        String v = string(s);
        E e = names.get(v.toUpperCase(Locale.ROOT));
        if (e == null) {
            throw invalid(s, v, "one of " + String.join(", ", names.keySet()));
        }
        return e;
    }

    /** {@link #choice(Setting, Class, Map)} where the spellings are the enum's constant names, in their order. */
    public <E extends Enum<E>> E choice(Setting s, Class<E> type) throws HandlerException {
        Map<String, E> names = new java.util.LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            names.put(e.name(), e);
        }
        return choice(s, type, names);
    }

    public HandlerException invalid(Setting s, String value, String expected) {
        return HandlerException.badData("configuration " + source + ": " + s.key() + "=" + value
                + " is not valid; expected " + expected);
    }

    /**
     * Keys in the namespaces of the given settings ({@code snmp.}, {@code switch.} ...) that none of
     * them declares: most often a typo. The file is shared by every handler, so keys of other
     * handlers' namespaces are not this handler's business.
     */
    public java.util.List<String> unknownKeys(java.util.Collection<Setting> known) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> spaces = new java.util.HashSet<>();
        for (Setting s : known) {
            names.add(s.key());
            spaces.add(namespace(s.key()));
        }
        return props.stringPropertyNames().stream().filter(k -> !names.contains(k) && spaces.contains(namespace(k)))
                .sorted().toList();
    }

    private static String namespace(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
