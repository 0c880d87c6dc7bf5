package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.Snmprec;
import net.dcihandlers.core.testing.Snmpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mac_list of the recorded Catalyst 3750, whose forwarding database IOS keeps per VLAN: snmpsim
 * serves the Debian walk as community c3750 and one derived BRIDGE-MIB instance per operational
 * VLAN as c3750@vlan (recordings/c3750-vlans/README.md). The expected answer is worked out from
 * those files: each instance's learned entries, mapped through its own dot1dBasePortIfIndex.
 */
class CatalystMacListTest {
    private static final String COMMUNITY = "c3750";

    private static Snmprec rec;
    /** VLAN id -> its bridge instance, for each operational VLAN but the legacy 1002-1005. */
    private static final Map<Integer, Snmprec> INSTANCES = new TreeMap<>();

    @RegisterExtension
    static final ReplayedSwitch replay = new ReplayedSwitch(COMMUNITY, Snmpsim.CATALYST_3750,
            CatalystMacListTest::vlanInstances);

    /** The VLANs' bridge instances by community; reads them into INSTANCES, and the walk into rec. */
    private static Map<String, Path> vlanInstances() {
        rec = Snmprec.read(Snmpsim.CATALYST_3750);
        Map<String, Path> files = new LinkedHashMap<>();
        rec.column(RecordedSwitch.VTP_VLAN_STATE).forEach((index, state) -> {
            int vlan = Integer.parseInt(index.substring(index.indexOf('.') + 1));
            if ("1".equals(state) && (vlan < 1002 || vlan > 1005)) {
                Path f = RecordedSwitch.resource("c3750-vlans/" + COMMUNITY + "@" + vlan + ".snmprec");
                files.put(COMMUNITY + "@" + vlan, f);
                INSTANCES.put(vlan, Snmprec.read(f));
            }
        });
        return files;
    }

    @Test
    void macListGathersTheLearnedAddressesOfEveryVlansBridgeInstance() {
        Doc d = replay.call("mac_list", "v2c").ok();
        int requests = replay.requests();

        Map<Integer, SortedSet<String>> learned = new TreeMap<>();
        int leftOut = 0;
        for (Snmprec instance : INSTANCES.values()) {
            RecordedSwitch.learnedMacs(instance, RecordedSwitch.DOT1D_TP_FDB_PORT, RecordedSwitch.DOT1D_TP_FDB_STATUS)
                    .forEach((ifIndex, macs) -> learned.computeIfAbsent(ifIndex, k -> new TreeSet<>()).addAll(macs));
            leftOut += RecordedSwitch.notLearnedOnPorts(instance, RecordedSwitch.DOT1D_TP_FDB_PORT,
                    RecordedSwitch.DOT1D_TP_FDB_STATUS);
        }
        RecordedSwitch sw = new RecordedSwitch(rec);
        assertEquals(sw.macList(learned), RecordedSwitch.normalizedMacs(d.ports()));

        // what makes the comparison worth making: addresses of several VLANs, on access ports and
        // on the trunk, and a static (mgmt) entry on a port, which is no learned address
        assertTrue(learned.size() >= 3, "MACs on several ports: " + learned.keySet());
        assertTrue(INSTANCES.values().stream().filter(i -> !i.column(RecordedSwitch.DOT1D_TP_FDB_PORT).isEmpty())
                .count() > 5, "MACs in many VLANs");
        assertTrue(leftOut >= 1, "a static entry on a port is left out");
        int trunk = Integer.parseInt(rec.column("1.3.6.1.4.1.9.9.46.1.6.1.1.14").entrySet().stream()
                .filter(e -> "1".equals(e.getValue())).map(Map.Entry::getKey).findFirst().orElseThrow());
        assertTrue(learned.containsKey(trunk), "addresses learned over the trunk (vlanTrunkPortDynamicStatus trunking)");

        // identify (1); ifDescr and portIfIndex of 59 interfaces (ceil(60 x 2 / 64) = 2);
        // vtpVlanState and vtpVlanName of 20 VLANs (1); then, per VLAN instance (16), its
        // forwarding database and dot1dBasePortIfIndex side by side: 3 columns, 21 rows a response,
        // so one GETBULK where neither column has more than 20 rows, two for VLAN 1's 36 bridge
        // ports. VLANs 1002-1005 have no instance here: asking for one would time out.
        int expectedBound = 1 + 2 + 1 + INSTANCES.size() + 1;
        assertTrue(requests <= expectedBound, "mac_list took " + requests + " requests, more than " + expectedBound);
    }

    @Test
    void macListWithSnmpV1GathersTheSameAddresses() {
        Doc v1 = replay.call("mac_list", "v1").ok();
        Doc v2 = replay.call("mac_list", "v2c").ok();
        assertEquals(RecordedSwitch.normalizedMacs(v2.ports()), RecordedSwitch.normalizedMacs(v1.ports()));
    }
}
