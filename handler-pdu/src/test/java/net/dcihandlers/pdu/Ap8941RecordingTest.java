package net.dcihandlers.pdu;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-pdu against snmpsim serving the hand-written AP8941 recording (see recordings/README.md);
 * every expected value is read from the recording itself.
 */
class Ap8941RecordingTest {
    private static final String NAME = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.3";
    private static final String STATE = "1.3.6.1.4.1.318.1.1.26.9.2.3.1.5";
    /** rPDU2OutletMeteredStatusPower, which a switched-only model does not have. */
    private static final String METERED_POWER = "1.3.6.1.4.1.318.1.1.26.9.4.3.1.7";

    private static Snmpsim sim;
    private static Snmprec rec;
    private static PduCalls dci;

    @BeforeAll
    static void start() throws URISyntaxException {
        Path recording = Path.of(Ap8941RecordingTest.class.getResource("/recordings/apc-ap8941.snmprec").toURI());
        sim = Snmpsim.start(Map.of("ap8941", recording));
        rec = Snmprec.read(recording);
        dci = PduCalls.to(sim.address());
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    /** Snmprec keeps OID suffixes in text order ("10" before "2"); the handler answers in outlet order. */
    private static List<String> numbered(Collection<String> indexes) {
        return indexes.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
    }

    @Test
    void statusListsTheTwentyFourOutletsWithTheRecordedNamesAndStates() {
        Doc d = dci.status("ap8941").ok();
        assertEquals(rec.get("1.3.6.1.2.1.1.5.0"), d.hostname());
        Map<String, Map<String, String>> outlets = d.ports();
        Map<String, String> names = rec.column(NAME);
        assertEquals(24, names.size(), "the recording's outlets");
        assertEquals(numbered(names.keySet()), List.copyOf(outlets.keySet()), "outlets in number order");
        for (Map.Entry<String, String> e : rec.column(STATE).entrySet()) {
            Map<String, String> outlet = outlets.get(e.getKey());
            assertEquals(names.get(e.getKey()), outlet.get("description"), "name of outlet " + e.getKey());
            // rPDU2OutletSwitchedStatusState: off(1), on(2)
            assertEquals(e.getValue().equals("2") ? "on" : "off", outlet.get("admin_status"), "outlet " + e.getKey());
        }
        assertEquals("db&web-03", outlets.get("3").get("description"));
        assertEquals("<reserved>", outlets.get("7").get("description"));
        assertEquals("off", outlets.get("7").get("admin_status"));
    }

    /** A switched-only AP8941 has no per-outlet power: every outlet is answered without it. */
    @Test
    void statisticsAnswersEveryOutletWithoutPowerAndSaysWhy() {
        assertTrue(rec.column(METERED_POWER).isEmpty(), "the recording has no rPDU2OutletMeteredStatusTable");
        PduCalls.assertOutletsWithoutPower(dci.traced("statistics", "ap8941"), rec.column(NAME).size(),
                "rPDU2OutletMeteredStatusTable");
        Map<String, Map<String, String>> outlets = dci.statistics("ap8941").ok().ports();
        assertEquals(numbered(rec.column(NAME).keySet()), List.copyOf(outlets.keySet()), "outlets in number order");
    }

    @Test
    void aSetTheRecordingAcceptsButNeverCarriesOutIsAnErrorNotAClaimedChange() {
        // snmpsim answers the SET but the recorded state stays on: the handler must not claim "off"
        Doc d = PduCalls.to(sim.address(), "pdu.power.timeout.ms=1000").port("port_off", "ap8941", "1")
                .error("unexpected_data");
        assertTrue(d.errorText().contains("not confirmed") && d.errorText().contains("last read: on"), d.errorText());
    }
}
