package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.Speed;
import net.dcihandlers.core.snmp.profile.MibObject;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileLine;
import org.snmp4j.smi.OID;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;


/**
 * How a family of switches exposes what dci-switch needs, as its profile file declares it
 * (src/main/resources/profiles/dci-switch/). A profile applies when the switch's sysObjectID lies
 * under one of its enterprises (none: any switch) and the switch has rows in one of its probe
 * columns (none: no condition); the first profile that applies is used.
 *
 * @param name      for traces and messages
 * @param portTable the vendor's table of physical ports with speed and duplex, or null for IF-MIB's
 * @param vlans     which VLAN objects set_vlan writes
 * @param fdb       where mac_list finds the learned MAC addresses
 */
record SwitchProfile(String name, PortTable portTable, VlanModel vlans, FdbModel fdb) {

    /** What dci-switch reads of a profile file's profile; see the built-in files for examples. */
    static SwitchProfile from(Profile p) throws HandlerException {
        ProfileLine table = p.line("port-table");
        PortTable portTable = null;
        if (table != null) {
            MibObject speed = p.required("port-speed").object(0);
            MibObject duplex = p.required("port-duplex").object(0);
            portTable = new PortTable(table.rest(0), p.required("port-ifindex").object(0).oid(), speed.oid(),
                    duplex.oid(), Profile.values(speed, w -> Speed.parse(w).orElse(null), "one of " + words(Speed.values(), Speed::wire)),
                    Profile.values(duplex, w -> Duplex.parse(w).orElse(null), "one of " + words(Duplex.values(), Duplex::wire)));
        }
        SwitchProfile profile = new SwitchProfile(p.name(), portTable,
                p.required("vlans").word(0, VlanModel::of, VlanModel.WORDS),
                p.required("mac-table").word(0, FdbModel::of, FdbModel.WORDS));
        p.done();
        return profile;
    }

    /**
     * A vendor table of the physical ports: a column mapping its index to ifIndex, and speed and
     * duplex columns with their values. Ports are the rows of this table (and link aggregates).
     */
    record PortTable(String mib, OID ifIndexColumn, OID speedColumn, OID duplexColumn, Map<Integer, Speed> speeds,
                     Map<Integer, Duplex> duplexes) {

        Integer speedValue(Speed s) {
            return speeds.entrySet().stream().filter(e -> e.getValue() == s).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        Integer duplexValue(Duplex d) {
            return duplexes.entrySet().stream().filter(e -> e.getValue() == d).map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    /** The VLAN objects a switch family uses; a profile names one in lower case, '-' for '_'. */
    enum VlanModel {
        /** CISCO-VLAN-MEMBERSHIP-MIB vmVlan for access ports, CISCO-VTP-MIB vlanTrunkPortTable for trunks. */
        CISCO_VTP,
        /** Q-BRIDGE-MIB dot1qPvid and the static egress / untagged port lists. */
        Q_BRIDGE,
        /** No writable VLAN objects known. */
        NONE;

        static final String WORDS = "cisco-vtp, q-bridge or none";

        static VlanModel of(String word) {
            return Arrays.stream(values()).filter(v -> word(v).equals(word)).findFirst().orElse(null);
        }
    }

    /** Where the learned MAC addresses are; a profile names one in lower case, '-' for '_'. */
    enum FdbModel {
        /** One BRIDGE-MIB instance per VLAN (Cisco IOS): community@vlan, or the SNMPv3 context vlan-N. */
        BRIDGE_PER_VLAN,
        /** Q-BRIDGE-MIB dot1qTpFdbTable, and BRIDGE-MIB dot1dTpFdbTable where that is all there is. */
        Q_BRIDGE_OR_BRIDGE;

        static final String WORDS = "bridge-per-vlan or q-bridge-or-bridge";

        static FdbModel of(String word) {
            return Arrays.stream(values()).filter(v -> word(v).equals(word)).findFirst().orElse(null);
        }
    }

    private static <E> String words(E[] values, java.util.function.Function<E, String> word) {
        return Arrays.stream(values).map(word).collect(Collectors.joining(", "));
    }

    /** An enum constant as a profile file writes it: Q_BRIDGE_OR_BRIDGE is q-bridge-or-bridge. */
    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
