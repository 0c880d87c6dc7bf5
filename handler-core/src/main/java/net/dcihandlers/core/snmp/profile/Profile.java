package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.HandlerException;
import org.snmp4j.smi.OID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One device family as a profile file declares it: a {@code profile ID} line and the lines under
 * it. What every handler reads is here ({@code name}, the {@code enterprise} subtrees its
 * sysObjectID must lie under, the {@code probe} objects one of which the device must have); what
 * a handler reads besides (the outlet table of a PDU, the values of a UPS) it asks for by key,
 * and {@link #done()} then reports any key it did not ask for, so that a misspelt key is an error
 * at its line rather than a setting silently ignored.
 */
public final class Profile {
    private final String id;
    private final String where;
    private final Map<String, List<ProfileLine>> lines;
    private final Set<String> asked = new LinkedHashSet<>();
    private final String name;
    private final List<OID> enterprises;
    private final List<MibObject> probes;

    Profile(String id, String where, List<ProfileLine> body) throws HandlerException {
        this.id = id;
        this.where = where;
        Map<String, List<ProfileLine>> byKey = new HashMap<>();
        for (ProfileLine l : body) {
            byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
        }
        this.lines = byKey;
        ProfileLine n = line("name");
        this.name = n == null ? id : n.rest(0);
        List<OID> e = new ArrayList<>();
        for (ProfileLine l : lines("enterprise")) {
            for (int i = 0; i < l.size(); i++) {
                e.add(ProfileSet.oid(l.word(i), l.where()));
            }
        }
        this.enterprises = List.copyOf(e);
        List<MibObject> p = new ArrayList<>();
        for (ProfileLine l : lines("probe")) {
            p.addAll(l.objects(0));
        }
        this.probes = List.copyOf(p);
    }

    public String id() {
        return id;
    }

    /** How traces and messages name the family: "APC rPDU2 (PowerNet-MIB rPDU2OutletSwitched)". */
    public String name() {
        return name;
    }

    /** "apc.profile, line 3": where the profile starts. */
    public String where() {
        return where;
    }

    public List<OID> enterprises() {
        return enterprises;
    }

    public List<MibObject> probes() {
        return probes;
    }

    /** Whether a device with this sysObjectID and these probe objects present is of this family. */
    public boolean appliesTo(OID sysObjectId, Set<MibObject> present) {
        boolean vendor = enterprises.isEmpty()
                || sysObjectId != null && enterprises.stream().anyMatch(sysObjectId::startsWith);
        return vendor && (probes.isEmpty() || probes.stream().anyMatch(present::contains));
    }

    /** The one line with this key, or null; twice is an error. */
    public ProfileLine line(String key) throws HandlerException {
        List<ProfileLine> l = lines(key);
        if (l.size() > 1) {
            throw l.get(1).error("'" + key + "' is given twice in profile " + id + " (first at "
                    + l.get(0).where() + ")");
        }
        return l.isEmpty() ? null : l.get(0);
    }

    /** The line with this key, which the profile must have. */
    public ProfileLine required(String key) throws HandlerException {
        ProfileLine l = line(key);
        if (l == null) {
            throw ProfileSet.error(where, "profile " + id + " has no '" + key + "' line, which it needs");
        }
        return l;
    }

    /** Every line with this key, in file order. */
    public List<ProfileLine> lines(String key) {
        asked.add(key);
        return lines.getOrDefault(key, List.of());
    }

    /** The object's values as the handler's words mean them ({@code meaning} returns null for a word it does not know). */
    public static <T> Map<Integer, T> values(MibObject o, Function<String, T> meaning, String expected)
            throws HandlerException {
        if (o.values().isEmpty()) {
            throw ProfileSet.error(o.where(), o.name() + " needs its values (N=word), since a profile reads them");
        }
        Map<Integer, T> out = new HashMap<>();
        for (Map.Entry<Integer, String> e : o.values().entrySet()) {
            T t = meaning.apply(e.getValue());
            if (t == null) {
                throw ProfileSet.error(o.where(), o.name() + " value " + e.getKey() + " is '" + e.getValue()
                        + "', but it may only be " + expected);
            }
            out.put(e.getKey(), t);
        }
        return Map.copyOf(out);
    }

    /** Every key the handler did not ask for is an error at its line. */
    public void done() throws HandlerException {
        for (Map.Entry<String, List<ProfileLine>> e : lines.entrySet()) {
            if (!asked.contains(e.getKey())) {
                throw e.getValue().get(0).error("profile " + id + " has '" + e.getKey()
                        + "', which this handler does not read; it reads: " + String.join(", ", asked));
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
