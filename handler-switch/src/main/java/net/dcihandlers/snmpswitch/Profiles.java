package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.Speed;
import net.dcihandlers.snmpswitch.SwitchProfile.FdbModel;
import net.dcihandlers.snmpswitch.SwitchProfile.PortTable;
import net.dcihandlers.snmpswitch.SwitchProfile.VlanModel;
import org.snmp4j.smi.OID;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The switch families dci-switch knows, most specific first; a switch is given the first whose
 * enterprise and probe it answers, so a profile is chosen by what the switch serves, not by its
 * vendor number alone. Adding a vendor means adding a profile here and a test against a recording of
 * that vendor's switch.
 */
final class Profiles {
    private Profiles() {
    }

    /** CISCO-STACK-MIB portTable: portAdminSpeed and portDuplex, mapped to ifIndex by portIfIndex. */
    static final PortTable CISCO_STACK = new PortTable("CISCO-STACK-MIB portTable", CiscoMib.PORT_IF_INDEX,
            CiscoMib.PORT_ADMIN_SPEED, CiscoMib.PORT_DUPLEX,
            Map.of(1, Speed.AUTO, 2, Speed.AUTO10100, 10_000_000, Speed.MBPS10, 100_000_000, Speed.MBPS100,
                    1_000_000_000, Speed.GBPS1, 10, Speed.GBPS10),
            Map.of(1, Duplex.HALF, 2, Duplex.FULL, 4, Duplex.AUTO));

    static final SwitchProfile CISCO_IOS_STACK = new SwitchProfile("Cisco IOS with CISCO-STACK-MIB",
            List.of(CiscoMib.ENTERPRISE), CiscoMib.PORT_IF_INDEX, "CISCO-STACK-MIB portIfIndex", CISCO_STACK,
            VlanModel.CISCO_VTP, FdbModel.BRIDGE_PER_VLAN);

    /**
     * A Cisco enterprise number is not enough: Cisco's Small Business and CBS switches carry it but
     * speak the standard Q-BRIDGE-MIB and have neither CISCO-STACK-MIB nor VTP, so this profile
     * applies only where the switch answers CISCO-VTP-MIB's VLAN table.
     */
    static final SwitchProfile CISCO_IOS = new SwitchProfile("Cisco IOS",
            List.of(CiscoMib.ENTERPRISE), CiscoMib.VTP_VLAN_STATE, "CISCO-VTP-MIB vtpVlanState", null,
            VlanModel.CISCO_VTP, FdbModel.BRIDGE_PER_VLAN);

    static final SwitchProfile Q_BRIDGE = new SwitchProfile("Q-BRIDGE-MIB switch",
            List.of(), BridgeMib.DOT1Q_PVID, "Q-BRIDGE-MIB dot1qPvid", null, VlanModel.Q_BRIDGE,
            FdbModel.Q_BRIDGE_OR_BRIDGE);

    static final SwitchProfile IF_MIB = new SwitchProfile("IF-MIB switch",
            List.of(), null, null, null, VlanModel.NONE, FdbModel.Q_BRIDGE_OR_BRIDGE);

    static final List<SwitchProfile> ALL = List.of(CISCO_IOS_STACK, CISCO_IOS, Q_BRIDGE, IF_MIB);

    /** IF-MIB ifHighSpeed (Mbit/s) values the protocol can express. */
    static final Map<Integer, Speed> HIGH_SPEEDS = Map.of(10, Speed.MBPS10, 100, Speed.MBPS100, 1000, Speed.GBPS1,
            10_000, Speed.GBPS10);

    /** EtherLike-MIB dot3StatsDuplexStatus: 2 halfDuplex, 3 fullDuplex (1 unknown is left out). */
    static final Map<Integer, Duplex> DOT3_DUPLEX = Map.of(2, Duplex.HALF, 3, Duplex.FULL);

    /**
     * What a device value means in a value map, or null when the device gave no value, one of the
     * wrong type, or one the map does not know (Map.of refuses to look up null, hence the check).
     */
    static <T> T meaning(Map<Integer, T> values, org.snmp4j.smi.Variable v) {
        Integer i = net.dcihandlers.core.snmp.SnmpValues.asInt(v);
        return i == null ? null : values.get(i);
    }

    /** Every probe column of every profile, read once when the switch is identified. */
    static List<OID> probes() {
        Set<OID> s = new LinkedHashSet<>();
        ALL.stream().map(SwitchProfile::probe).filter(Objects::nonNull).forEach(s::add);
        return List.copyOf(s);
    }

    /** What the probes found, for the trace: "CISCO-VTP-MIB vtpVlanState no, Q-BRIDGE-MIB dot1qPvid yes". */
    static String describeProbes(Map<OID, Boolean> probes) {
        List<String> out = new java.util.ArrayList<>();
        ALL.stream().filter(p -> p.probe() != null).forEach(p -> {
            String s = p.probeObject() + (probes.getOrDefault(p.probe(), false) ? " yes" : " no");
            if (!out.contains(s)) {
                out.add(s);
            }
        });
        return String.join(", ", out);
    }

    static SwitchProfile select(OID sysObjectId, Map<OID, Boolean> probes) {
        return ALL.stream().filter(p -> p.appliesTo(sysObjectId, probes)).findFirst().orElse(IF_MIB);
    }
}
