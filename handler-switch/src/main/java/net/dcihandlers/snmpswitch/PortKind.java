package net.dcihandlers.snmpswitch;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which interfaces are ports a server can be cabled to. By default those are Ethernet interfaces and
 * link aggregates; VLAN interfaces, loopbacks, Null, tunnels and stack ports are not. Cisco types
 * Port-channels, VLAN and stack interfaces alike as propVirtual(53), so those are told apart by
 * name, and where the name says nothing, by whether the interface is a bridge port.
 */
enum PortKind {
    PORT, NOT_A_PORT, ASK_BRIDGE;

    /** IANAifType values of Ethernet and aggregates. */
    private static final Set<Integer> ETHERNET = Set.of(
            6,   // ethernetCsmacd
            7,   // iso88023Csmacd
            62,  // fastEther
            69,  // fastEtherFX
            117, // gigabitEthernet
            161  // ieee8023adLag
    );
    private static final int PROP_VIRTUAL = 53;
    private static final Pattern AGGREGATE_NAME = Pattern.compile(
            "(?i)(port-?channel|po|bundle-ether|ae|trk|bond|lag|link aggregation|aggregation)[ -]?\\d.*");
    private static final Pattern NOT_A_PORT_NAME = Pattern.compile(
            "(?i)(stacksub.*|(vlan|vl|stackport|stack|null|loopback|lo|tunnel|tu|mgmt|management|cpu"
                    + "|virtual-access|virtual-template|nve|bvi|bdi|dialer)[ -/]?\\d.*)");

    static PortKind of(Integer ifType, String descr) {
        if (ifType != null && ETHERNET.contains(ifType)) {
            return PORT;
        }
        if (ifType == null || ifType == PROP_VIRTUAL) {
            PortKind byName = ofName(descr);
            return byName == NOT_A_PORT ? NOT_A_PORT : byName == PORT ? PORT : ASK_BRIDGE;
        }
        return NOT_A_PORT;
    }

    /**
     * What the name alone says, for switches whose port table lists the physical ports: a link
     * aggregate is a port, anything else outside the table is not.
     */
    static PortKind ofName(String descr) {
        String d = descr == null ? "" : descr.trim();
        if (AGGREGATE_NAME.matcher(d).matches()) {
            return PORT;
        }
        if (NOT_A_PORT_NAME.matcher(d).matches()) {
            return NOT_A_PORT;
        }
        return ASK_BRIDGE;
    }
}
