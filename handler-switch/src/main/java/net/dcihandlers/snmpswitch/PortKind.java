package net.dcihandlers.snmpswitch;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which interfaces are ports a server can be cabled to. By default those are Ethernet interfaces and
 * link aggregates; VLAN interfaces, loopbacks, Null, tunnels and stack ports are not. Cisco types
 * Port-channels, VLAN and stack interfaces alike as propVirtual(53), so those are told apart by
 * name, and where the name says nothing, by whether the interface is a bridge port.
 *
 * <p>A switch's own management port (a Nexus {@code mgmt0}, a Huawei {@code MEth0/0/1}, a
 * ProCurve "Out Of Band Management Port", a Catalyst's {@code FastEthernet0}) is Ethernet too, but
 * it carries the switch's management, not a server: listing it invites the panel to switch the
 * switch off its own network. It is told by its name and by standing outside the bridge; a port
 * that bears such a name but is a bridge port is an ordinary port.
 */
enum PortKind {
    /** A port a server can be cabled to. */
    PORT,
    /** Not a port (VLAN interface, loopback, stack port...). */
    NOT_A_PORT,
    /** Virtual, and its name says nothing: a port if it is a bridge port. */
    ASK_BRIDGE,
    /** Ethernet with a management port's name: a port only if it is a bridge port after all. */
    MANAGEMENT;

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
    /**
     * The names vendors give the dedicated management Ethernet port: NX-OS and AOS-CX {@code mgmt0} /
     * {@code mgmt}, Arista {@code Management1}, Huawei VRP {@code MEth0/0/1}, ProCurve / ArubaOS-Switch
     * "Out Of Band Management Port" ({@code oobm}), a Catalyst's {@code FastEthernet0} ({@code Fa0}:
     * a FastEthernet without slot and port numbers), Junos {@code fxp0} and {@code me0}.
     */
    private static final Pattern MANAGEMENT_NAME = Pattern.compile(
            "(?i)(mgmt[ -]?\\d*(/\\d+)*|management[ -]?\\d*(/\\d+)*|meth[ -]?\\d+(/\\d+)*|oobm[ -]?\\d*"
                    + "|.*\\bout[ -]of[ -]band management\\b.*|fastethernet0|fa0|fxp0|me0)");

    static PortKind of(Integer ifType, String descr) {
        if (ifType != null && ETHERNET.contains(ifType)) {
            return isManagementName(descr) ? MANAGEMENT : PORT;
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

    /** Whether the name is one vendors give their switch's own management port. */
    static boolean isManagementName(String descr) {
        return descr != null && MANAGEMENT_NAME.matcher(descr.trim()).matches();
    }
}
