package net.dcihandlers.ups.snmp;

import net.dcihandlers.ups.BatteryState;
import net.dcihandlers.ups.PowerSource;
import net.dcihandlers.ups.Quantity;
import org.snmp4j.smi.OID;

import java.util.ArrayList;
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
 * @param probes     instances that only a UPS of this family has; any one present selects it
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
record SnmpUpsProfile(String name, List<OID> probes, MibNumber source, Map<Integer, PowerSource> sources,
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
