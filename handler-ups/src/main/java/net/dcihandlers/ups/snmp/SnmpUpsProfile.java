package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.MibObject;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileLine;
import net.dcihandlers.ups.BatteryState;
import net.dcihandlers.ups.PowerSource;
import net.dcihandlers.ups.Quantity;
import org.snmp4j.smi.OID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one family of UPS shows over SNMP what the panel's UPS list needs: a table of MIB objects in
 * the manner of Network UPS Tools' drivers/*-mib.c. A profile is data; {@link SnmpUpsReader} reads
 * any of them the same way.
 *
 * @param name       for traces
 * @param source     the object saying where the output comes from, and its values
 * @param sources    that object's values
 * @param battery    the object saying what the battery is like
 * @param batteries  its values
 * @param alarms     objects that signal alarms
 * @param inputLines  where the UPS states its number of input lines, first object present used;
 *                    empty where the MIB knows one line only. The stated number decides: rows beyond
 *                    it are not lines
 * @param outputLines the same for the output lines
 * @param quantities for each quantity, where to find it, in order of preference: the first object
 *                   that gives every line of its side is used; where none does, the first that gives
 *                   some (a vendor's object fills a gap the standard one leaves)
 * @param runtime    battery time left, first object present used
 */
record SnmpUpsProfile(String name, MibNumber source, Map<Integer, PowerSource> sources,
                      MibNumber battery, Map<Integer, BatteryState> batteries, List<AlarmSign> alarms,
                      List<MibNumber> inputLines, List<MibNumber> outputLines, Map<Quantity, List<MibNumber>> quantities,
                      List<MibNumber> runtime) {

    /**
     * A MIB object whose value at or above {@code raisedFrom} means an alarm.
     *
     * @param meaning what the alarm means, in words
     */
    record AlarmSign(MibNumber where, int raisedFrom, String meaning) {
    }

    /** What dci-ups reads of a profile file's profile; see the built-in files for examples. */
    static SnmpUpsProfile from(Profile p) throws HandlerException {
        MibObject source = p.required("source").object(0);
        MibObject battery = p.required("battery").object(0);
        List<AlarmSign> alarms = new ArrayList<>();
        for (ProfileLine l : p.lines("alarm")) {
            alarms.add(new AlarmSign(MibNumber.of(l.object(0)), l.integer(1), l.rest(2)));
        }
        Map<Quantity, List<MibNumber>> quantities = new EnumMap<>(Quantity.class);
        for (Quantity q : Quantity.values()) {
            ProfileLine l = p.line(q.param().replace('_', '-'));
            if (l != null) {
                quantities.put(q, numbers(l));
            }
        }
        SnmpUpsProfile profile = new SnmpUpsProfile(p.name(), MibNumber.of(source),
                Profile.values(source, w -> word(PowerSource.values(), w), words(PowerSource.values())),
                MibNumber.of(battery),
                Profile.values(battery, w -> word(BatteryState.values(), w), words(BatteryState.values())),
                alarms, numbers(p.line("input-lines")), numbers(p.line("output-lines")), quantities,
                numbers(p.line("runtime")));
        p.done();
        return profile;
    }

    private static List<MibNumber> numbers(ProfileLine l) throws HandlerException {
        List<MibNumber> out = new ArrayList<>();
        if (l != null) {
            for (MibObject o : l.objects(0)) {
                out.add(MibNumber.of(o));
            }
        }
        return List.copyOf(out);
    }

    /** An enum constant as a profile file writes it: BATTERY is battery. */
    private static <E extends Enum<E>> E word(E[] values, String word) {
        return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(word)).findFirst()
                .orElse(null);
    }

    private static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** Every number the profile reads. */
    List<MibNumber> numbers() {
        List<MibNumber> all = new ArrayList<>(List.of(source, battery));
        alarms.forEach(a -> all.add(a.where()));
        all.addAll(inputLines);
        all.addAll(outputLines);
        quantities.values().forEach(all::addAll);
        all.addAll(runtime);
        return all;
    }

    List<OID> scalars() {
        Set<OID> s = new LinkedHashSet<>();
        numbers().stream().filter(n -> !n.column()).forEach(n -> s.add(n.oid()));
        return List.copyOf(s);
    }

    List<OID> columns() {
        Set<OID> s = new LinkedHashSet<>();
        numbers().stream().filter(MibNumber::column).forEach(n -> s.add(n.oid()));
        return List.copyOf(s);
    }

    /** Where the UPS states the number of lines on the side a quantity belongs to. */
    List<MibNumber> lineCount(Quantity q) {
        return q.input() ? inputLines : outputLines;
    }
}
