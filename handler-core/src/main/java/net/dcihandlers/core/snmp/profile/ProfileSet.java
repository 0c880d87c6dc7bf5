package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpDump;
import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A handler's device families, read from profile files: its own, built into its jar under
 * {@code profiles/<handler>/} (listed, in the order they are tried, in that folder's {@code index}),
 * and then the operator's, {@code etc/profiles/<handler>/*.profile} of the installation, in name
 * order. An operator's profile with the id of a built-in one takes its place; one with a new id is
 * tried before every built-in one, since a family an operator adds is the more specific; an
 * operator's {@code object} line with the name of a built-in object replaces it. Any error in any
 * file is an error of the call naming the file and line, before anything is sent to the device.
 *
 * <p>The format, one statement per line, {@code #} starting a comment:
 * <pre>
 * object NAME OID SYNTAX [N=word ...] [/DIVISOR] [trait ...]
 * profile ID
 *   name     words naming the family in messages
 *   enterprise 1.3.6.1.4.1.318     (sysObjectID subtrees; none: any device)
 *   probe    OBJECT ...            (one of them must be on the device; none: no condition)
 *   KEY      WORD ...              (what the handler reads)
 * </pre>
 * SYNTAX is one of integer, unsigned32, gauge32, counter32, counter64, timeticks, text, oid.
 */
public final class ProfileSet {
    /** The most an operator's profile file may hold. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final Map<String, Syntax> SYNTAXES = Map.of("integer", Syntax.INTEGER, "unsigned32",
            Syntax.UNSIGNED32, "gauge32", Syntax.GAUGE32, "counter32", Syntax.COUNTER32, "counter64", Syntax.COUNTER64,
            "timeticks", Syntax.TIME_TICKS, "text", Syntax.OCTET_STRING, "oid", Syntax.OBJECT_IDENTIFIER);

    /** A file's text and how messages name it. */
    public record Source(String name, String text, boolean builtIn) {
    }

    private final Map<String, MibObject> objects;
    private final List<Profile> profiles;
    private final List<String> operatorFiles;

    private ProfileSet(Map<String, MibObject> objects, List<Profile> profiles, List<String> operatorFiles) {
        this.objects = objects;
        this.profiles = profiles;
        this.operatorFiles = operatorFiles;
    }

    /** The families in the order they are tried. */
    public List<Profile> profiles() {
        return profiles;
    }

    /** Every declared object, by name. */
    public Map<String, MibObject> objects() {
        return objects;
    }

    /**
     * Where every declared object lies, for {@code --dump}: a scalar as itself, a column or a row's
     * instance as its whole table, so that a recording answers whatever a profile reads.
     */
    public List<OID> subtrees() {
        List<OID> out = new ArrayList<>();
        for (MibObject o : objects.values()) {
            out.add(o.scalar() && o.oid().last() == 0 ? o.oid() : SnmpDump.tableOf(o.has("instance")
                    ? SnmpDump.tableOf(o.oid()) : o.oid()));
        }
        return out;
    }

    /** A handler's --dump subtrees: those of its profiles, built-in and the installation's. */
    public static HandlerSpec.SnmpSubtrees subtreesOf(String handler, Class<?> owner) {
        return (config, trace) -> load(handler, owner, config, trace).subtrees();
    }

    /** The operator's files that were read, for the trace. */
    public List<String> operatorFiles() {
        return operatorFiles;
    }

    /** The handler's built-in profiles and the installation's own, as the class comment says. */
    public static ProfileSet load(String handler, Class<?> owner, Config config, Trace trace) throws HandlerException {
        List<Source> sources = new ArrayList<>(builtIn(handler, owner));
        if (config.home() != null && !config.home().isEmpty()) {
            sources.addAll(operator(Path.of(config.home(), "etc", "profiles", handler)));
        }
        ProfileSet set = parse(sources);
        if (!set.operatorFiles.isEmpty()) {
            trace.line("profiles of this installation: " + String.join(", ", set.operatorFiles));
        }
        return set;
    }

    /** The profiles built into the handler's jar, in the order its index gives. */
    public static List<Source> builtIn(String handler, Class<?> owner) {
        String folder = "/profiles/" + handler + "/";
        List<Source> out = new ArrayList<>();
        for (String line : resource(owner, folder + "index").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                out.add(new Source(file, resource(owner, folder + file), true));
            }
        }
        return out;
    }

    private static String resource(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + " from the jar", e);
        }
    }

    /** The installation's *.profile files in the folder, in name order; none if there is no folder. */
    static List<Source> operator(Path folder) throws HandlerException {
        Map<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(folder, "*.profile")) {
            d.forEach(p -> files.put(p.getFileName().toString(), p));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw HandlerException.badData("cannot list the profiles in " + folder + ": " + e.getMessage());
        }
        List<Source> out = new ArrayList<>();
        for (Path p : files.values()) {
            try {
                // only a regular file is opened: a FIFO would block the call
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile() || a.size() > MAX_FILE_BYTES) {
                    throw HandlerException.badData("profile file " + p + " is " + (a.isRegularFile()
                            ? "larger than 1 MiB" : "not a regular file") + "; remove it or replace it with one");
                }
                out.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8), false));
            } catch (IOException e) {
                throw HandlerException.badData("cannot read profile file " + p + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Reads the files, in order; see the class comment for what a later file may change. */
    public static ProfileSet parse(List<Source> sources) throws HandlerException {
        Map<String, MibObject> objects = new LinkedHashMap<>();
        Map<String, RawProfile> builtIn = new LinkedHashMap<>();
        Map<String, RawProfile> added = new LinkedHashMap<>();
        List<String> operatorFiles = new ArrayList<>();
        for (Source s : sources) {
            if (!s.builtIn()) {
                operatorFiles.add(s.name());
            }
            Set<String> objectsHere = new HashSet<>();
            Set<String> profilesHere = new HashSet<>();
            RawProfile current = null;
            String[] lines = s.text().split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String where = s.name() + ", line " + (n + 1);
                List<String> words = words(lines[n]);
                if (words.isEmpty()) {
                    continue;
                }
                String key = words.get(0);
                if (key.equals("object")) {
                    MibObject o = object(words, where);
                    if (!objectsHere.add(o.name())) {
                        throw error(where, o.name() + " is declared twice in this file");
                    }
                    objects.put(o.name(), o);
                } else if (key.equals("profile")) {
                    if (words.size() != 2) {
                        throw error(where, "'profile' takes one word, the profile's id");
                    }
                    String id = words.get(1);
                    if (!profilesHere.add(id)) {
                        throw error(where, "profile " + id + " is given twice in this file");
                    }
                    current = new RawProfile(id, where, new ArrayList<>());
                    if (s.builtIn() || builtIn.containsKey(id)) {
                        builtIn.put(id, current);
                    } else {
                        added.put(id, current);
                    }
                } else if (current == null) {
                    throw error(where, "'" + key + "' before any 'profile' line; a file holds 'object' lines and"
                            + " profiles");
                } else {
                    current.body().add(new ProfileLine(key, words.subList(1, words.size()), where, objects));
                }
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (RawProfile r : added.values()) {
            profiles.add(new Profile(r.id(), r.where(), r.body()));
        }
        for (RawProfile r : builtIn.values()) {
            profiles.add(new Profile(r.id(), r.where(), r.body()));
        }
        for (MibObject o : objects.values()) {
            SnmpObjects.declare(o.name(), o.oid(), o.syntax(), o.has("required"));
        }
        return new ProfileSet(Map.copyOf(objects), List.copyOf(profiles), List.copyOf(operatorFiles));
    }

    private record RawProfile(String id, String where, List<ProfileLine> body) {
    }

    /** {@code object NAME OID SYNTAX [N=word ...] [/DIVISOR] [trait ...]} */
    private static MibObject object(List<String> w, String where) throws HandlerException {
        if (w.size() < 4) {
            throw error(where, "an object line is 'object NAME OID SYNTAX [N=word ...] [/DIVISOR] [trait ...]'");
        }
        String name = w.get(1);
        OID oid = oid(w.get(2), where);
        Syntax syntax = SYNTAXES.get(w.get(3).toLowerCase(Locale.ROOT));
        if (syntax == null) {
            throw error(where, "'" + w.get(3) + "' is no syntax; one of " + String.join(", ",
                    new java.util.TreeSet<>(SYNTAXES.keySet())));
        }
        Map<Integer, String> values = new HashMap<>();
        BigDecimal divisor = BigDecimal.ONE;
        Set<String> traits = new HashSet<>();
        for (String word : w.subList(4, w.size())) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                int value;
                try {
                    value = Integer.parseInt(word.substring(0, eq));
                } catch (NumberFormatException e) {
                    throw error(where, "'" + word + "': a value is N=word, N a whole number");
                }
                if (values.put(value, word.substring(eq + 1)) != null) {
                    throw error(where, "value " + value + " of " + name + " is given twice");
                }
            } else if (word.startsWith("/")) {
                try {
                    divisor = new BigDecimal(word.substring(1));
                } catch (NumberFormatException e) {
                    divisor = BigDecimal.ZERO;
                }
                if (divisor.signum() <= 0) {
                    throw error(where, "'" + word + "': a divisor is / and a positive number, as /1000");
                }
            } else {
                traits.add(word);
            }
        }
        return new MibObject(name, oid, syntax, values, divisor, traits, where);
    }

    static OID oid(String text, String where) throws HandlerException {
        String t = text.startsWith(".") ? text.substring(1) : text;
        boolean ok = !t.isEmpty() && t.indexOf('.') > 0;
        for (String part : t.split("\\.", -1)) {
            ok &= !part.isEmpty() && part.length() <= 10 && part.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        if (!ok) {
            throw error(where, "'" + text + "' is no numeric OID (as 1.3.6.1.4.1.318)");
        }
        return new OID(t);
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.strip().split("[ \t]+")) {
            if (w.startsWith("#")) {
                break;
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static HandlerException error(String where, String what) {
        return HandlerException.badData("profile file " + where + ": " + what);
    }
}
