package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.core.testing.SharedRecordings;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-switch against snmpsim replaying the walks of five real switches in ../shared/recordings
 * (SOURCES.md there names each one's origin) and the recordings written for this project from the
 * MIBs in src/test/resources/recordings (README.md there says where each value comes from): a
 * Nexus, a Huawei and a ProCurve with management ports of their own, and a Cisco Business switch.
 * Every function that reads (status, statistics, mac_list) is compared field by field, port by
 * port, with what {@link RecordedSwitch} works out from the recording file itself.
 */
class SwitchRecordingsTest {

    /** The recordings, each served under the community of its file name. */
    enum Recorded {
        /** Catalyst 2960-X stack: CISCO-STACK-MIB, VTP, FastEthernet0 its out-of-band management port. */
        IOS_2960X("ios_2960X", true, Set.of("FastEthernet0")),
        /** Aruba CX 8325: IF-MIB and BRIDGE-MIB only, LAGs, routed ports outside the bridge. */
        ARUBA_CX("arubaos-cx", true, Set.of()),
        /** HP 2530-24G-PoE+: Q-BRIDGE, empty sysName, nameless virtual interfaces. */
        HP_2530("hp-2530", true, Set.of()),
        /** D-Link DES-3200-18: Q-BRIDGE, 280 learned MACs, ifDescr with a trailing blank. */
        DLINK_DES3200("dlink-des3200", true, Set.of()),
        /** Edge-Core ES3528M: Q-BRIDGE, 313 learned MACs. */
        EDGECORE_ES3528M("edgecore-es3528m", true, Set.of()),
        /** Nexus 3048 (written from the MIBs): mgmt0, Cisco's enterprise without CISCO-STACK-MIB or VTP. */
        NEXUS_3048("nexus-3048", false, Set.of("mgmt0")),
        /** Huawei S5720 (written from the MIBs): MEth0/0/1, Q-BRIDGE. */
        HUAWEI_S5720("huawei-s5720", false, Set.of("MEth0/0/1")),
        /** HP 2920 (written from the MIBs): the Out Of Band Management Port, Q-BRIDGE. */
        PROCURVE_2920("procurve-2920", false, Set.of("Out Of Band Management Port")),
        /** Cisco CBS350 (written from the MIBs): Cisco's enterprise, standard Q-BRIDGE-MIB. */
        CISCO_CBS350("cisco-cbs350", false, Set.of());

        final String community;
        final boolean shared;
        final Set<String> managementPorts;

        Recorded(String community, boolean shared, Set<String> managementPorts) {
            this.community = community;
            this.shared = shared;
            this.managementPorts = managementPorts;
        }

        Path file() {
            return shared ? SharedRecordings.file(community + ".snmprec.gz")
                    : RecordedSwitch.resource(community + ".snmprec");
        }
    }

    private static final Map<Recorded, RecordedSwitch> RECORDED = new EnumMap<>(Recorded.class);
    /** The 2960-X's operational VTP VLANs, whose bridge instances mac_list reads as community@vlan. */
    private static final List<Integer> CATALYST_VLANS = new ArrayList<>();
    private static Path instances;
    private static Snmpsim sim;

    @BeforeAll
    static void start() throws IOException {
        Map<String, Path> served = new LinkedHashMap<>();
        for (Recorded r : Recorded.values()) {
            RECORDED.put(r, new RecordedSwitch(Snmprec.read(r.file()), r.managementPorts));
            served.put(r.community, r.file());
        }
        served.putAll(catalystVlanInstances());
        sim = Snmpsim.start(served);
    }

    /**
     * IOS keeps one BRIDGE-MIB instance per VLAN. The walk was made with the plain community, which
     * IOS answers with VLAN 1's instance, so that instance is the recording itself; the other VLANs'
     * instances were not recorded and are served holding only the system group: no bridge ports, no
     * forwarding entries. The expected MACs are therefore VLAN 1's, as the recording has them.
     */
    private static Map<String, Path> catalystVlanInstances() throws IOException {
        Recorded r = Recorded.IOS_2960X;
        Snmprec rec = RECORDED.get(r).recording();
        rec.column(RecordedSwitch.VTP_VLAN_STATE).forEach((index, state) -> {
            int vlan = Integer.parseInt(index.substring(index.indexOf('.') + 1));
            if ("1".equals(state) && (vlan < 1002 || vlan > 1005)) {
                CATALYST_VLANS.add(vlan);
            }
        });
        instances = Files.createTempDirectory("catalyst-vlans");
        Path systemOnly = instances.resolve("system-group-only.snmprec");
        StringBuilder system = new StringBuilder();
        for (String line : rawLines(r.file())) {
            if (line.startsWith("1.3.6.1.2.1.1.")) {
                system.append(line).append('\n');
            }
        }
        Files.writeString(systemOnly, system, StandardCharsets.UTF_8);
        Map<String, Path> out = new LinkedHashMap<>();
        for (int vlan : CATALYST_VLANS) {
            out.put(r.community + "@" + vlan, vlan == 1 ? r.file() : systemOnly);
        }
        return out;
    }

    private static List<String> rawLines(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (sim != null) {
            sim.close();
        }
        if (instances != null) {
            try (var files = Files.list(instances)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(instances);
        }
    }

    /**
     * dci-switch with room for snmpsim on a busy machine: snmpsim is Python and may take seconds to
     * answer while other builds run, which the default 1.5 s timeout does not allow for.
     */
    private static InProcess handler(String... config) {
        return InProcess.of(Main.spec()).config(Patience.answering(config));
    }

    private static Doc call(Recorded r, String func, String version, String... config) {
        return handler(config).call(Requests.call(func, Requests.snmp(sim.address(), version, r.community)));
    }

    @ParameterizedTest
    @EnumSource(Recorded.class)
    void statusIsEveryPortAsTheRecordingSays(Recorded r) {
        RecordedSwitch sw = RECORDED.get(r);
        Doc d = call(r, "status", "v2c").ok();
        String sysName = sw.sysName();
        assertEquals(sysName == null || sysName.isEmpty() ? null : sysName, d.hostname(), "hostname");
        Map<String, Map<String, String>> expected = sw.status();
        assertEquals(expected, new TreeMap<>(d.ports()));
        // the recording has something for the comparison to catch: interfaces that are no ports
        assertTrue(sw.interfaces().size() > expected.size(), r + ": every interface is a port");
    }

    @ParameterizedTest
    @EnumSource(Recorded.class)
    void statusWithSnmpV1IsTheSame(Recorded r) {
        assertEquals(RECORDED.get(r).status(), new TreeMap<>(call(r, "status", "v1").ok().ports()));
    }

    @ParameterizedTest
    @EnumSource(Recorded.class)
    void statisticsAreEveryPortsCountersAsRecorded(Recorded r) {
        Doc d = call(r, "statistics", "v2c").ok();
        assertEquals(RECORDED.get(r).statistics(false), new TreeMap<>(d.ports()));
    }

    @ParameterizedTest
    @EnumSource(value = Recorded.class, names = {"IOS_2960X", "DLINK_DES3200"})
    void statisticsWithSnmpV1AreThe32BitCounters(Recorded r) {
        Doc d = call(r, "statistics", "v1").ok();
        assertEquals(RECORDED.get(r).statistics(true), new TreeMap<>(d.ports()));
    }

    @ParameterizedTest
    @EnumSource(value = Recorded.class, names = "IOS_2960X", mode = EnumSource.Mode.EXCLUDE)
    void macListHasEveryLearnedAddressOnItsPort(Recorded r) {
        RecordedSwitch sw = RECORDED.get(r);
        SortedMap<Integer, SortedSet<String>> learned = sw.learnedMacs();
        Doc d = call(r, "mac_list", "v2c").ok();
        assertEquals(sw.macList(learned), RecordedSwitch.normalizedMacs(d.ports()));
        assertFalse(learned.isEmpty(), r + " has learned addresses");
    }

    @Test
    void macListOfTheCatalystReadsEveryVlansBridgeInstance() {
        RecordedSwitch sw = RECORDED.get(Recorded.IOS_2960X);
        SortedMap<Integer, SortedSet<String>> learned = RecordedSwitch.learnedMacs(sw.recording(),
                RecordedSwitch.DOT1D_TP_FDB_PORT, RecordedSwitch.DOT1D_TP_FDB_STATUS);
        RunResult run = handler().run(Requests.call("mac_list",
                Requests.snmp(sim.address(), "v2c", Recorded.IOS_2960X.community)), "-v");
        assertEquals(sw.macList(learned), RecordedSwitch.normalizedMacs(run.doc().ok().ports()));
        assertFalse(learned.isEmpty());
        assertTrue(CATALYST_VLANS.size() > 50, "the recording's VTP VLANs: " + CATALYST_VLANS.size());
        for (int vlan : CATALYST_VLANS) {
            assertTrue(run.stderr().contains("VLAN " + vlan + ": "), "VLAN " + vlan + "'s instance was read");
        }
    }

    // ---- management ports

    @ParameterizedTest
    @EnumSource(value = Recorded.class, names = {"IOS_2960X", "NEXUS_3048", "HUAWEI_S5720", "PROCURVE_2920"})
    void theManagementPortIsNoPortButIsListedWithSwitchPortsAll(Recorded r) {
        SortedSet<Integer> management = RECORDED.get(r).managementPortIndexes();
        assertEquals(1, management.size());
        String mgmt = Integer.toString(management.first());
        for (String func : List.of("status", "statistics", "mac_list")) {
            assertFalse(call(r, func, "v2c").ok().ports().containsKey(mgmt), func);
        }
        Map<String, String> all = call(r, "status", "v2c", "switch.ports=all").ok().ports().get(mgmt);
        assertEquals(r.managementPorts.iterator().next(), all.get("description"));
    }

    @ParameterizedTest
    @EnumSource(value = Recorded.class, names = {"IOS_2960X", "NEXUS_3048", "HUAWEI_S5720", "PROCURVE_2920"})
    void aWriteToTheManagementPortIsRefusedBeforeAnythingIsSent(Recorded r) {
        String mgmt = Integer.toString(RECORDED.get(r).managementPortIndexes().first());
        for (String func : List.of("port_off", "port_on", "set_vlan")) {
            RunResult run = handler().run(Requests.callWithPort(func,
                    Requests.snmp(sim.address(), "v2c", r.community), SwitchCalls.port(mgmt, "vlan_id", "1")), "-v");
            Doc d = run.doc().error("unexpected_data");
            assertTrue(d.errorText().contains("management port") && d.errorText().contains("switch.ports=all"),
                    func + ": " + d.errorText());
            assertFalse(run.stderr().contains("SET"), func + " sent a SET:\n" + run.stderr());
        }
    }

    // ---- choosing the profile by what the switch answers

    /**
     * Cisco's enterprise number without CISCO-STACK-MIB or CISCO-VTP-MIB: a CBS350 (and this Nexus)
     * takes the standard path, IF-MIB for status and the Q-BRIDGE-MIB or BRIDGE-MIB forwarding
     * database for mac_list, never community@vlan; the Catalyst keeps the Cisco one.
     */
    @ParameterizedTest
    @EnumSource(value = Recorded.class, names = {"CISCO_CBS350", "NEXUS_3048", "IOS_2960X"})
    void aCiscoEnterpriseNumberAloneDoesNotMakeTheCiscoPath(Recorded r) {
        RecordedSwitch sw = RECORDED.get(r);
        assertTrue(sw.recording().get("1.3.6.1.2.1.1.2.0").startsWith("1.3.6.1.4.1.9."), "a Cisco sysObjectID");
        RunResult run = handler().run(Requests.call("mac_list",
                Requests.snmp(sim.address(), "v2c", r.community)), "-v");
        run.doc().ok();
        boolean cisco = sw.hasCiscoPortTable() || !sw.recording().column(RecordedSwitch.VTP_VLAN_STATE).isEmpty();
        String expected = sw.hasCiscoPortTable() ? "profile Cisco IOS with CISCO-STACK-MIB"
                : !sw.recording().column(RecordedSwitch.DOT1Q_PVID).isEmpty() ? "profile Q-BRIDGE-MIB switch"
                : "profile IF-MIB switch";
        assertTrue(run.stderr().contains(expected), expected + " in\n" + run.stderr());
        // the Cisco path reads one bridge instance per VLAN ("VLAN 1: n learned MACs"), the standard one
        // the switch's one bridge ("bridge: n learned MACs")
        assertEquals(cisco, run.stderr().contains("VLAN 1: "), run.stderr());
        assertEquals(!cisco, run.stderr().contains("bridge: "), run.stderr());
    }

    // ---- what SOURCES.md says is special in the recordings

    @Test
    void theHp2530sEmptySysNameGivesNoHostname() {
        assertEquals("", RECORDED.get(Recorded.HP_2530).sysName());
        assertEquals(null, call(Recorded.HP_2530, "status", "v2c").ok().hostname());
    }

    /**
     * The D-Link's ifDescr ends in a blank in the recording; snmpsim drops trailing blanks when it
     * reads a file (as {@link Snmprec} does), so the description served, and expected, is without it.
     */
    @Test
    void theDlinksDescriptionsAreItsIfDescr() throws IOException {
        assertTrue(rawLines(Recorded.DLINK_DES3200.file()).stream()
                .anyMatch(l -> l.startsWith(RecordedSwitch.IF_DESCR + ".1|") && l.endsWith(" ")), "a trailing blank");
        Map<String, String> port1 = call(Recorded.DLINK_DES3200, "status", "v2c").ok().ports().get("1");
        assertEquals(RECORDED.get(Recorded.DLINK_DES3200).recording().get(RecordedSwitch.IF_DESCR + ".1"),
                port1.get("description"));
    }

    @Test
    void theLearnedAddressCountsAreWhatSourcesMdSays() {
        assertEquals(280, count(RECORDED.get(Recorded.DLINK_DES3200).learnedMacs()));
        assertEquals(313, count(RECORDED.get(Recorded.EDGECORE_ES3528M).learnedMacs()));
    }

    private static int count(Map<Integer, SortedSet<String>> macs) {
        return macs.values().stream().mapToInt(Set::size).sum();
    }
}
