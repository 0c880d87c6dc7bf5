package net.dcihandlers.ups.nut;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a line of Network UPS Tools' network protocol, read and written as NUT's own
 * parser (common/parseconf.c) and encoder (pconf_encode) do: words are separated by blanks, a word
 * holding blanks is enclosed in double quotes, and a backslash makes the next character literal,
 * so {@code "a \"quoted\" word"} is one word. Upsd quotes every value it sends this way.
 */
final class NutWords {
    private NutWords() {
    }

    /** The words of a line, or empty when a quote is left open (not a line NUT would send). */
    static Optional<List<String>> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (c == '"') {
                if (quoted) {
                    quoted = false;
                } else {
                    quoted = true;
                    word = word == null ? new StringBuilder() : word;
                }
            } else if (!quoted && (c == ' ' || c == '\t')) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        if (word != null) {
            words.add(word.toString());
        }
        return Optional.of(words);
    }

    /** A word as upsd will read it back: quoted when it is empty or holds a blank, a quote or a backslash. */
    static String quote(String word) {
        boolean plain = !word.isEmpty() && word.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"' || c == '\\');
        if (plain) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length() + 4).append('"');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
