package net.dcihandlers.sim;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of switch the simulator plays: which MIBs it serves beyond SNMPv2-MIB, IF-MIB,
 * EtherLike-MIB and BRIDGE-MIB, how it names its ports and how it identifies itself unless the
 * builder says otherwise. Everything that sets one family apart is a field here, so that a new
 * family is one more declaration (a test may declare its own) and no code asks which one it is.
 *
 * @param name              the family's name in messages
 * @param profile           the simulator's {@code --profile} name
 * @param sysObjectId       the sysObjectID the model presents unless the builder sets one
 * @param sysDescr          the sysDescr the model presents unless the builder sets one
 * @param vlanMibs          which MIBs hold its VLANs
 * @param ifDescrPattern    the ifDescr of an unnamed port, {@code %d} being its position
 * @param ifNamePattern     the ifName of an unnamed port, {@code %d} being its position
 * @param etherLike         whether it serves EtherLike-MIB unless the builder says otherwise
 * @param profileInterfaces whether the simulator's {@code --profile} adds the non-port interfaces
 *                          (Vlan1, Null0, Loopback0) the real switch shows
 */
public record SwitchModel(String name, String profile, String sysObjectId, String sysDescr, VlanMibs vlanMibs,
                          String ifDescrPattern, String ifNamePattern, boolean etherLike, boolean profileInterfaces) {

    /** Where a switch keeps its VLANs, and so which VLAN objects the simulator serves. */
    public enum VlanMibs {
        /** No writable VLAN, speed or duplex objects. */
        NONE,
        /**
         * Q-BRIDGE-MIB (RFC 4363) static VLANs, PVIDs and the forwarding database, with ProCurve's
         * rules on top of the RFC's: a port is an untagged member of at most one VLAN, stays a
         * member of at least one, and its PVID is its untagged VLAN (see {@link StaticVlans}).
         */
        Q_BRIDGE,
        /**
         * CISCO-STACK-MIB portTable, CISCO-VLAN-MEMBERSHIP-MIB, CISCO-VTP-MIB (VLANs, trunk ports,
         * the edit buffer) and one BRIDGE-MIB instance per VLAN, reached with the community
         * {@code community@vlan} or the SNMPv3 context {@code vlan-<id>}.
         */
        CISCO_VTP
    }

    /** IF-MIB, EtherLike-MIB (only if asked) and BRIDGE-MIB only. */
    public static final SwitchModel PLAIN = new SwitchModel("PLAIN", "plain", "1.3.6.1.4.1.99999.1",
            "dci-handlers simulated switch", VlanMibs.NONE, "GigabitEthernet1/0/%d", "Gi1/0/%d", false, false);

    /**
     * An HP/Aruba ProCurve-like switch (identified as the ProCurve 2810-24G whose walk snmpsim
     * ships), with Q-BRIDGE-MIB VLANs; ProCurve names its ports just "p".
     */
    public static final SwitchModel Q_BRIDGE = new SwitchModel("Q_BRIDGE", "qbridge", "1.3.6.1.4.1.11.2.3.7.11.63",
            "ProCurve J9021A Switch 2810-24G, revision N.11.75, ROM N.10.01 (/sw/code/build/bass)",
            VlanMibs.Q_BRIDGE, "%d", "%d", true, false);

    /** A Cisco Catalyst 3750 running IOS, with its VTP VLANs. */
    public static final SwitchModel CISCO_IOS = new SwitchModel("CISCO_IOS", "cisco", "1.3.6.1.4.1.9.1.516",
            "Cisco IOS Software, C3750 Software (C3750-IPSERVICESK9-M), Version 12.2(55)SE5, RELEASE SOFTWARE (fc1)",
            VlanMibs.CISCO_VTP, "GigabitEthernet1/0/%d", "Gi1/0/%d", true, true);

    /**
     * A Cisco Business switch (CBS350; the Small Business SG300/SG350 alike): Cisco's enterprise
     * number (its sysObjectID lies under ciscoSB, 1.3.6.1.4.1.9.6.1; the leaf is chosen for the
     * simulator), but the standard Q-BRIDGE-MIB VLANs, as {@link #Q_BRIDGE} serves them, and
     * neither CISCO-STACK-MIB nor CISCO-VTP-MIB. Ports are named as a CBS350 names them.
     */
    public static final SwitchModel CISCO_SB = new SwitchModel("CISCO_SB", "cisco-sb", "1.3.6.1.4.1.9.6.1.95.24.4",
            "CBS350-24T-4G 24-Port Gigabit Managed Switch", VlanMibs.Q_BRIDGE, "GigabitEthernet1/0/%d", "gi1/0/%d",
            true, false);

    public SwitchModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sysObjectId, "sysObjectId");
        Objects.requireNonNull(sysDescr, "sysDescr");
        Objects.requireNonNull(vlanMibs, "vlanMibs");
        Objects.requireNonNull(ifDescrPattern, "ifDescrPattern");
        Objects.requireNonNull(ifNamePattern, "ifNamePattern");
    }

    /** The built-in families, the ones the simulator's {@code --profile} offers. */
    public static List<SwitchModel> values() {
        return List.of(PLAIN, Q_BRIDGE, CISCO_IOS, CISCO_SB);
    }

    /** ifDescr of the unnamed port at this position. */
    String ifDescr(int position) {
        return String.format(Locale.ROOT, ifDescrPattern, position);
    }

    /** ifName of the unnamed port at this position. */
    String ifName(int position) {
        return String.format(Locale.ROOT, ifNamePattern, position);
    }

    @Override
    public String toString() {
        return name;
    }
}
