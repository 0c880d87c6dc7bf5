package net.dcihandlers.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    private Config(Properties props, String source) {
        this.props = props;
        this.source = source;
    }

    public static Config defaults() {
        return new Config(new Properties(), "built-in defaults");
    }

    public static Config of(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return new Config(p, "test configuration");
    }

    /** Loads the file named by the environment, or the installation's own file, or nothing. */
    public static Config load(Map<String, String> env, String home) throws HandlerException {
        String named = env.get(ENV_FILE);
        if (named != null && !named.isEmpty()) {
            return read(Path.of(named), true);
        }
        if (home != null && !home.isEmpty()) {
            return read(Path.of(home, "etc", "dci-handlers.conf"), false);
        }
        return defaults();
    }

    private static Config read(Path file, boolean required) throws HandlerException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
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

    public int integer(Setting s, int min, int max) throws HandlerException {
        String v = string(s);
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw invalid(s, v, "a whole number from " + min + " to " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw invalid(s, v, "a whole number from " + min + " to " + max);
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
