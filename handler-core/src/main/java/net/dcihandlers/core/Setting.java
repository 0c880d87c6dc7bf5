package net.dcihandlers.core;

import java.util.List;

/**
 * A configuration key with its default, a one-line description and the values it takes, declared
 * once. Every key a handler reads is declared as one of these: the configuration is checked against
 * the declarations when it is loaded (a bad value is an error naming the file and the key before
 * anything is sent), and the shipped configuration file and the README list them all, with the
 * values they take, a test keeping both in step with the declarations.
 *
 * @param key          the property name
 * @param defaultValue the value used when the file does not set it ("" = unset)
 * @param description  what it does, for people
 * @param secret       whether its value is a password: then it is kept out of traces and texts
 *                     like the request's secrets
 * @param values       the values it takes
 */
public record Setting(String key, String defaultValue, String description, boolean secret, Values values) {

    public Setting {
        if (!values.accepts(defaultValue)) {
            throw new IllegalArgumentException(key + ": the default " + defaultValue + " is not " + values.expected());
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting integer(String key, long defaultValue, long min, long max, String description) {
        return new Setting(key, Long.toString(defaultValue), description, false, new Range(min, max, List.of()));
    }

    /** A whole number from {@code min} to {@code max}, or one of the words (any case). */
    public static Setting integerOr(String key, String defaultValue, long min, long max, String description,
                                    String... words) {
        return new Setting(key, defaultValue, description, false, new Range(min, max, List.of(words)));
    }

    /** One of the spellings (any case), listed in this order in messages and in the configuration file. */
    public static Setting choice(String key, String defaultValue, String description, String... spellings) {
        return new Setting(key, defaultValue, description, false, new OneOf(List.of(spellings)));
    }

    /** Any text (a path, a name, a list its reader checks). */
    public static Setting text(String key, String defaultValue, String description) {
        return new Setting(key, defaultValue, description, false, new AnyText());
    }

    /** A password: any text, never traced or quoted. */
    public static Setting secret(String key, String description) {
        return new Setting(key, "", description, true, new AnyText());
    }

    /** The values a setting takes. */
    public sealed interface Values permits Range, OneOf, AnyText {
        /** Whether the value (trimmed, as the configuration gives it) is one of them. */
        boolean accepts(String value);

        /** What they are, as an error message and the configuration file say it ("a whole number from 1 to 10"). */
        String expected();
    }

    /** A whole number from min to max, or one of the words. */
    public record Range(long min, long max, List<String> words) implements Values {
        @Override
        public boolean accepts(String value) {
            for (String w : words) {
                if (w.equalsIgnoreCase(value)) {
                    return true;
                }
            }
            if (value.isEmpty() || value.length() > 19) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            long v = Long.parseLong(value);
            return v >= min && v <= max;
        }

        @Override
        public String expected() {
            String number = "a whole number from " + min + " to " + max;
            return words.isEmpty() ? number : String.join(", ", words) + " or " + number;
        }
    }

    /** One of a fixed set of spellings, in any case. */
    public record OneOf(List<String> spellings) implements Values {
        @Override
        public boolean accepts(String value) {
            for (String s : spellings) {
                if (s.equalsIgnoreCase(value)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String expected() {
            int n = spellings.size();
            return n == 1 ? spellings.get(0)
                    : String.join(", ", spellings.subList(0, n - 1)) + " or " + spellings.get(n - 1);
        }
    }

    /** Any text. */
    public record AnyText() implements Values {
        @Override
        public boolean accepts(String value) {
            return true;
        }

        @Override
        public String expected() {
            return "any text";
        }
    }
}
