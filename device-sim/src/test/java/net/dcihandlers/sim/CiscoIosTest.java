package net.dcihandlers.sim;

import static net.dcihandlers.sim.NetSnmp.bulkWalk;
import static net.dcihandlers.sim.NetSnmp.text;
import static net.dcihandlers.sim.SimulatedSwitchTest.assertRefused;
import static net.dcihandlers.sim.SimulatedSwitchTest.getOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The Catalyst-3750-like switch as net-snmp's tools see it: CISCO-STACK-MIB port speed and
 * duplex, access VLANs and trunks, the VTP edit buffer, and one BRIDGE-MIB per VLAN.
 */
class CiscoIosTest {
    static final String PORT = "1.3.6.1.4.1.9.5.1.4.1.1";
    static final String ADMIN_SPEED = PORT + ".9";
    static final String DUPLEX = PORT + ".10";
    static final String PORT_IF_INDEX = PORT + ".11";
    static final String VM_VLAN = "1.3.6.1.4.1.9.9.68.1.2.2.1.2";
    static final String TRUNK = "1.3.6.1.4.1.9.9.46.1.6.1.1";
    static final String ENCAPSULATION = TRUNK + ".3";
    static final String ENABLED = TRUNK + ".4";
    static final String NATIVE = TRUNK + ".5";
    static final String DYNAMIC_STATE = TRUNK + ".13";
    static final String DYNAMIC_STATUS = TRUNK + ".14";
    static final String ENABLED_2K = TRUNK + ".17";
    static final String VTP_NAME = "1.3.6.1.4.1.9.9.46.1.3.1.1.4.1";
    static final String EDIT_OPERATION = "1.3.6.1.4.1.9.9.46.1.4.1.1.1.1";
    static final String APPLY_STATUS = "1.3.6.1.4.1.9.9.46.1.4.1.1.2.1";
    static final String EDIT_OWNER = "1.3.6.1.4.1.9.9.46.1.4.1.1.3.1";
    static final String EDIT_NAME = "1.3.6.1.4.1.9.9.46.1.4.2.1.4.1";

    /** Four ports, ifIndex 10101-10104, the last one 10 Gbit/s; VLANs 10 and 2000. */
    private static SimulatedSwitch catalyst() {
        return SimulatedSwitch.builder().model(SwitchModel.CISCO_IOS).ifIndexes(10101, 10102, 10103, 10104)
                .portSpeedMbps(4, 10_000).ciscoModule(3).vlan(10, "web").vlan(2000, "big").virtualInterfaces()
                .v3User("opuser", "authpass123", "privpass123").start();
    }

    private static NetSnmp.Result set(SimulatedSwitch sw, String... operands) {
        return NetSnmp.v2c("snmpset", sw, "private", List.of(), operands);
    }

    @Test
    void portTableMapsModulePortToIfIndexAndStartsAtAuto() {
        try (SimulatedSwitch sw = catalyst()) {
            assertEquals("OID: .1.3.6.1.4.1.9.1.516", getOne(sw, "1.3.6.1.2.1.1.2.0"));
            Map<String, String> ifIndexes = bulkWalk(sw, 20, PORT_IF_INDEX).values();
            assertEquals(List.of(PORT_IF_INDEX + ".3.1", PORT_IF_INDEX + ".3.2", PORT_IF_INDEX + ".3.3", PORT_IF_INDEX + ".3.4"),
                    List.copyOf(ifIndexes.keySet()));
            assertEquals(List.of("10101", "10102", "10103", "10104"), bulkWalk(sw, 20, PORT_IF_INDEX).texts());
            assertEquals(List.of("1", "1", "1", "1"), bulkWalk(sw, 20, ADMIN_SPEED).texts(), "autoDetect");
            assertEquals(List.of("4", "4", "4", "4"), bulkWalk(sw, 20, DUPLEX).texts(), "auto");
            assertEquals("3.2", sw.ciscoPorts().portIndex(10102));
        }
    }

    @Test
    void speedAndDuplexSettingsTakeEffectOnTheInterfaceAndUnsupportedValuesAreRefused() {
        try (SimulatedSwitch sw = catalyst()) {
            assertEquals(0, set(sw, ADMIN_SPEED + ".3.2", "i", "100000000", DUPLEX + ".3.2", "i", "1").exitCode());
            assertEquals(100_000_000, sw.ciscoPorts().adminSpeed(10102));
            assertEquals(CiscoPorts.DUPLEX_HALF, sw.ciscoPorts().duplex(10102));
            assertEquals("Gauge32: 100", getOne(sw, IfColumn.IF_HIGH_SPEED.oid() + ".10102"));
            assertEquals("INTEGER: 2", getOne(sw, "1.3.6.1.2.1.10.7.2.1.19.10102"), "dot3StatsDuplexStatus halfDuplex");

            assertEquals(0, set(sw, ADMIN_SPEED + ".3.2", "i", "1", DUPLEX + ".3.2", "i", "4").exitCode());
            assertEquals(1000, sw.speedMbps(10102), "auto: what it negotiates");
            assertEquals(3, sw.duplexStatus(10102));

            assertRefused(set(sw, ADMIN_SPEED + ".3.2", "i", "10"), "wrongValue");        // 10G on a 1G port
            assertRefused(set(sw, ADMIN_SPEED + ".3.2", "i", "12345"), "wrongValue");
            assertRefused(set(sw, DUPLEX + ".3.2", "i", "3"), "wrongValue");              // disagree is a state
            assertRefused(set(sw, ADMIN_SPEED + ".3.4", "i", "100000000"), "wrongValue"); // 100M on a 10G port
            assertRefused(set(sw, ADMIN_SPEED + ".3.9", "i", "1"), "noCreation");
            assertRefused(set(sw, ADMIN_SPEED + ".3.2", "s", "1"), "wrongType");
            assertEquals(0, set(sw, ADMIN_SPEED + ".3.4", "i", "10").exitCode(), "10G on the 10G port");
            assertEquals(CiscoPorts.SPEED_10G, sw.ciscoPorts().adminSpeed(10104));
            assertEquals(1, sw.ciscoPorts().adminSpeed(10102), "refused SETs changed nothing");
        }
    }

    @Test
    void accessPortsChangeVlanThroughVmVlanAndTrunksHaveNoVmVlanRow() {
        try (SimulatedSwitch sw = catalyst()) {
            assertEquals(0, set(sw, VM_VLAN + ".10101", "i", "10").exitCode());
            assertEquals(10, sw.ciscoVlans().accessVlan(10101));
            assertRefused(set(sw, VM_VLAN + ".10101", "i", "99"), "wrongValue");
            assertRefused(set(sw, VM_VLAN + ".10101", "i", "0"), "wrongValue");

            sw.ciscoVlans().configureTrunk(10102, 1, 1, 10);
            assertEquals("No Such Instance currently exists at this OID", getOne(sw, VM_VLAN + ".10102"));
            assertRefused(set(sw, VM_VLAN + ".10102", "i", "10"), "inconsistentValue");
            assertEquals(List.of("10", "1", "1"), bulkWalk(sw, 20, VM_VLAN).texts(), "rows of the three access ports");
        }
    }

    @Test
    void trunkingNeedsAnEncapsulationOtherThanNegotiateAndShowsInTheDynamicStatus() {
        try (SimulatedSwitch sw = catalyst()) {
            assertEquals("INTEGER: 5", getOne(sw, ENCAPSULATION + ".10103"), "IOS default: negotiate");
            assertEquals("INTEGER: 4", getOne(sw, DYNAMIC_STATE + ".10103"), "IOS default: dynamic auto");
            assertEquals("INTEGER: 2", getOne(sw, DYNAMIC_STATUS + ".10103"), "auto finds no DTP peer: notTrunking");

            assertRefused(set(sw, DYNAMIC_STATE + ".10103", "i", "1"), "inconsistentValue");
            assertFalse(sw.ciscoVlans().isTrunking(10103));

            byte[] bitmap = new byte[128];
            bitmap[1] = 0x20;   // VLAN 10
            byte[] bitmap2k = new byte[128];
            bitmap2k[(2000 - 1024) / 8] = (byte) (0x80 >>> ((2000 - 1024) % 8));
            NetSnmp.Result trunk = set(sw, ENCAPSULATION + ".10103", "i", "4", NATIVE + ".10103", "i", "10",
                    ENABLED + ".10103", "x", hex(bitmap), ENABLED_2K + ".10103", "x", hex(bitmap2k),
                    DYNAMIC_STATE + ".10103", "i", "1");
            assertEquals(0, trunk.exitCode(), trunk::toString);
            assertTrue(sw.ciscoVlans().isTrunking(10103));
            assertEquals("INTEGER: 1", getOne(sw, DYNAMIC_STATUS + ".10103"));
            assertEquals(10, sw.ciscoVlans().nativeVlan(10103));
            assertEquals(Set.of(10, 2000), sw.ciscoVlans().allowedVlans(10103).headSet(2048), "the bitmaps written");
            assertTrue(sw.ciscoVlans().allowedVlans(10103).contains(3000), "the 3k bitmap untouched: still all");

            assertRefused(set(sw, ENCAPSULATION + ".10103", "i", "5"), "inconsistentValue");
            assertRefused(set(sw, ENCAPSULATION + ".10103", "i", "2"), "wrongValue");
            assertRefused(set(sw, ENABLED + ".10103", "x", hex(new byte[129])), "wrongLength");
            assertRefused(set(sw, NATIVE + ".10103", "i", "4095"), "wrongValue");
            assertEquals(0, set(sw, DYNAMIC_STATE + ".10103", "i", "2").exitCode(), "off");
            assertEquals("INTEGER: 1", getOne(sw, VM_VLAN + ".10103"), "the access VLAN it had is back");
        }
    }

    @Test
    void vlanNamesChangeOnlyThroughTheEditBuffer() {
        // an apply that takes 15 s, so that "in progress" is still what the next GET sees on a
        // loaded machine, where starting snmpget alone can take seconds
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(SwitchModel.CISCO_IOS)
                .ifIndexes(10101, 10102, 10103, 10104).vlan(10, "web").vlan(2000, "big")
                .vtpApplyDelay(java.time.Duration.ofSeconds(15)).start()) {
            assertEquals(List.of("default", "web", "fddi-default", "token-ring-default", "fddinet-default",
                    "trnet-default", "big"), bulkWalk(sw, 20, VTP_NAME).texts());
            assertRefused(set(sw, VTP_NAME + ".10", "s", "x"), "notWritable");
            assertRefused(set(sw, EDIT_NAME + ".10", "s", "x"), "noCreation");          // no buffer yet
            assertRefused(set(sw, EDIT_OPERATION, "i", "2"), "inconsistentValue");     // copy without owner
            assertRefused(set(sw, EDIT_OPERATION, "i", "3"), "inconsistentValue");     // apply without buffer

            assertEquals(0, set(sw, EDIT_OPERATION, "i", "2", EDIT_OWNER, "s", "tester").exitCode());
            assertEquals("tester", sw.vtp().editBufferOwner());
            assertRefused(set(sw, EDIT_OPERATION, "i", "2", EDIT_OWNER, "s", "intruder"), "inconsistentValue");
            assertEquals(0, set(sw, EDIT_NAME + ".10", "s", "frontend").exitCode());
            assertRefused(set(sw, EDIT_NAME + ".10", "s", ""), "wrongLength");
            assertEquals("web", sw.vtp().vlanName(10), "edits stay in the buffer until applied");

            assertEquals(0, set(sw, EDIT_OPERATION, "i", "3").exitCode());
            assertEquals("frontend", sw.vtp().vlanName(10));
            List<String> statuses = new ArrayList<>();
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
            while (!statuses.contains("2") && System.nanoTime() < end) {
                statuses.add(text(getOne(sw, APPLY_STATUS)));
            }
            assertEquals("1", statuses.get(0), "inProgress right after the apply");
            assertEquals("2", statuses.get(statuses.size() - 1), "then succeeded");

            assertEquals(0, set(sw, EDIT_OPERATION, "i", "4").exitCode());
            assertFalse(sw.vtp().editBufferInUse());
            assertEquals("STRING: \"frontend\"", getOne(sw, VTP_NAME + ".10"));
        }
    }

    @Test
    void eachVlanHasItsOwnBridgeInstanceByCommunityAtVlanOrV3Context() {
        try (SimulatedSwitch sw = catalyst()) {
            sw.ciscoVlans().configureAccess(10102, 10);
            sw.ciscoVlans().configureTrunk(10104, 1, 1, 10, 2000);
            sw.fdb().learn(10, "1A:2B:3C:4D:5E:01", 10102).learn(1, "1A:2B:3C:4D:5E:02", 10101)
                    .learn(2000, "1A:2B:3C:4D:5E:03", 10104).learn(1, "1A:2B:3C:4D:5E:04", 10102);
            String basePort = BridgeAndEtherLikeTest.BASE_PORT_IF_INDEX;
            String fdbPort = BridgeAndEtherLikeTest.TP_FDB_PORT;

            assertEquals(List.of("10102", "10104"), walk(sw, "public@10", basePort).texts());
            assertEquals(Map.of(fdbPort + ".26.43.60.77.94.1", "INTEGER: 2"), walk(sw, "public@10", fdbPort).values());
            assertEquals(List.of("10101", "10103", "10104"), walk(sw, "public", basePort).texts(), "default context: VLAN 1");
            assertEquals(List.of("1"), walk(sw, "public", fdbPort).texts(),
                    "VLAN 1's MACs; port 2 left VLAN 1, so its entry there is flushed");
            assertEquals(List.of("4"), walk(sw, "public@2000", fdbPort).texts());

            List<String> v3 = List.of("-v3", "-l", "authPriv", "-u", "opuser", "-a", "SHA", "-A", "authpass123",
                    "-x", "AES", "-X", "privpass123", "-n", "vlan-10", "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0", sw.address(), fdbPort);
            NetSnmp.Result context = NetSnmp.run("snmpbulkwalk", v3);
            assertEquals(0, context.exitCode(), context::toString);
            assertEquals(List.of("2"), context.texts());

            NetSnmp.Result unknown = NetSnmp.getExpectingSilence(sw, "public@999", "1.3.6.1.2.1.1.5.0");
            assertNotEquals(0, unknown.exitCode());
            assertTrue(unknown.output().contains("Timeout"), "a VLAN the switch does not have gets no answer: " + unknown);
            assertEquals(0, NetSnmp.v2c("snmpset", sw, "private@10", List.of(), VM_VLAN + ".10101", "i", "10").exitCode(),
                    "community@vlan keeps the community's write access");
        }
    }

    private static NetSnmp.Result walk(SimulatedSwitch sw, String community, String oid) {
        NetSnmp.Result r = NetSnmp.v2c("snmpbulkwalk", sw, community, List.of(), oid);
        assertEquals(0, r.exitCode(), r::toString);
        return r;
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02X", x & 0xff));
        }
        return b.toString();
    }
}
