package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.SharedRecordings;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-pdu against snmpsim replaying the walk of a real APC AP8641 (rPDU2, metered by outlet, 24
 * outlets) from ../shared/recordings; every expected value is read from the recording file. The
 * snmpsim-data maintainers replaced the outlet-state column (rPDU2OutletSwitchedStatusState) by a
 * value that changes over time (snmpsim's numeric variation between min and max), so the state is
 * not recorded data: the answer must be a state that column can take, the name and power must be
 * the recorded ones.
 */
class Ap8641RecordingTest {
    private static final String COMMUNITY = "apc-8641";
    // PowerNet-MIB rPDU2OutletSwitchedStatusTable and rPDU2OutletMeteredStatusTable
    private static final String NAME = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.3";
    private static final String STATE = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.5";
    private static final String POWER = "1.3.6.1.4.1.318.1.1.26.9.4.3.1.7";
    /** snmpsim's numeric variation as the recording writes it: min=1,max=2,... */
    private static final Pattern VARYING = Pattern.compile("min=(\\d+),max=(\\d+).*");
    /** rPDU2OutletSwitchedStatusState: off(1), on(2). */
    private static final Map<Integer, String> STATES = Map.of(1, "off", 2, "on");

    private static Snmpsim sim;
    private static Snmprec rec;
    private static PduCalls dci;

    @BeforeAll
    static void start() {
        Path recording = SharedRecordings.file("apc-8641.snmprec.gz");
        sim = Snmpsim.start(Map.of(COMMUNITY, recording));
        rec = Snmprec.read(recording);
        // with room for snmpsim, a Python agent, on a busy machine
        dci = PduCalls.to(sim.address());
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static List<String> numbered(Iterable<String> indexes) {
        List<String> out = new java.util.ArrayList<>();
        indexes.forEach(out::add);
        out.sort(Comparator.comparingInt(Integer::parseInt));
        return out;
    }

    /** The states an outlet's recorded state column can read as: the recorded one, or each of its range. */
    private static Set<String> possibleStates(String recorded) {
        Matcher m = VARYING.matcher(recorded);
        if (!m.matches()) {
            return Set.of(STATES.getOrDefault(Integer.parseInt(recorded), "unknown"));
        }
        Set<String> out = new java.util.TreeSet<>();
        for (int v = Integer.parseInt(m.group(1)); v <= Integer.parseInt(m.group(2)); v++) {
            out.add(STATES.getOrDefault(v, "unknown"));
        }
        return out;
    }

    @Test
    void statusIsEveryOutletWithItsRecordedNameAndAStateItsColumnCanHold() {
        Doc d = dci.status(COMMUNITY).ok();
        assertEquals(rec.get("1.3.6.1.2.1.1.5.0"), d.hostname());
        Map<String, Map<String, String>> outlets = d.ports();
        Map<String, String> names = rec.column(NAME);
        assertEquals(24, names.size(), "the recording's outlets");
        assertEquals(numbered(names.keySet()), List.copyOf(outlets.keySet()), "outlets in number order");
        Map<String, Map<String, String>> expectedNames = new TreeMap<>();
        Map<String, Map<String, String>> gotNames = new TreeMap<>();
        names.forEach((outlet, name) -> {
            expectedNames.put(outlet, Map.of("identity", outlet, "description", name));
            Map<String, String> got = new LinkedHashMap<>(outlets.get(outlet));
            String state = got.remove("admin_status");
            gotNames.put(outlet, got);
            Set<String> possible = possibleStates(rec.get(STATE + "." + outlet));
            assertTrue(possible.contains(state), "outlet " + outlet + ": " + state + " is not one of " + possible);
        });
        assertEquals(expectedNames, gotNames);
    }

    @Test
    void statisticsIsEveryOutletsRecordedWatts() {
        Map<String, Map<String, String>> outlets = dci.statistics(COMMUNITY).ok().ports();
        Map<String, Map<String, String>> expected = new TreeMap<>();
        rec.column(POWER).forEach((outlet, watts) -> expected.put(outlet, Map.of("identity", outlet, "power", watts)));
        assertEquals(expected, new TreeMap<>(outlets));
        assertEquals(numbered(expected.keySet()), List.copyOf(outlets.keySet()), "outlets in number order");
        assertTrue(expected.values().stream().anyMatch(p -> !"0".equals(p.get("power"))), "the recording has loads");
    }
}
