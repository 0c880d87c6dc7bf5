package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.HandlerException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One {@code key word word...} line of a profile, with the means to read its words as what they
 * should be; a word that is not is an error naming the file and line.
 */
public final class ProfileLine {
    private final String key;
    private final List<String> words;
    private final String where;
    private final Map<String, MibObject> objects;

    ProfileLine(String key, List<String> words, String where, Map<String, MibObject> objects) {
        this.key = key;
        this.words = List.copyOf(words);
        this.where = where;
        this.objects = objects;
    }

    public String key() {
        return key;
    }

    /** "apc.profile, line 12", for messages. */
    public String where() {
        return where;
    }

    public int size() {
        return words.size();
    }

    /** The i-th word, which must be there. */
    public String word(int i) throws HandlerException {
        if (i >= words.size()) {
            throw error("'" + key + "' needs " + (i + 1) + " word" + (i == 0 ? "" : "s") + " after it, it has "
                    + words.size());
        }
        return words.get(i);
    }

    /** The words from the i-th on, as one text: a name, a sentence. */
    public String rest(int i) throws HandlerException {
        word(i);
        return String.join(" ", words.subList(i, words.size()));
    }

    /** The i-th word as the name of an object the profile files declare. */
    public MibObject object(int i) throws HandlerException {
        String name = word(i);
        MibObject o = objects.get(name);
        if (o == null) {
            throw error("'" + key + "' names " + name + ", which no 'object' line declares");
        }
        return o;
    }

    /** Every word from the i-th on as an object. */
    public List<MibObject> objects(int from) throws HandlerException {
        word(from);
        MibObject[] out = new MibObject[words.size() - from];
        for (int i = from; i < words.size(); i++) {
            out[i - from] = object(i);
        }
        return List.of(out);
    }

    public int integer(int i) throws HandlerException {
        String w = word(i);
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw error("'" + key + "' wants a whole number, not '" + w + "'");
        }
    }

    /** The i-th word as one of the handler's words ("yes", "on"), via {@code meaning}, which returns null for none. */
    public <T> T word(int i, Function<String, T> meaning, String expected) throws HandlerException {
        String w = word(i);
        T t = meaning.apply(w);
        if (t == null) {
            throw error("'" + key + "' takes " + expected + ", not '" + w + "'");
        }
        return t;
    }

    public void noMoreThan(int n) throws HandlerException {
        if (words.size() > n) {
            throw error("'" + key + "' takes " + n + " word" + (n == 1 ? "" : "s") + " after it; '"
                    + words.get(n) + "' is one too many");
        }
    }

    public HandlerException error(String what) {
        return ProfileSet.error(where, what);
    }
}
