package net.dcihandlers.sim;

/**
 * The kind of switch the simulator plays: which MIBs it serves beyond SNMPv2-MIB, IF-MIB,
 * EtherLike-MIB and BRIDGE-MIB, and how it identifies itself unless the builder says otherwise.
 */
public enum SwitchModel {
    /** IF-MIB, EtherLike-MIB and BRIDGE-MIB only: no writable VLAN, speed or duplex objects. */
    PLAIN("1.3.6.1.4.1.99999.1", "dci-handlers simulated switch"),

    /**
     * An HP/Aruba ProCurve-like switch (identified as the ProCurve 2810-24G whose walk snmpsim ships): Q-BRIDGE-MIB (RFC 4363) static VLANs, PVIDs and the
     * forwarding database, with ProCurve's rules on top of the RFC's: a port is an untagged member
     * of at most one VLAN, stays a member of at least one, and its PVID is its untagged VLAN
     * (see {@link StaticVlans}).
     */
    Q_BRIDGE("1.3.6.1.4.1.11.2.3.7.11.63",
            "ProCurve J9021A Switch 2810-24G, revision N.11.75, ROM N.10.01 (/sw/code/build/bass)"),

    /**
     * A Cisco Catalyst 3750 running IOS: CISCO-STACK-MIB portTable, CISCO-VLAN-MEMBERSHIP-MIB,
     * CISCO-VTP-MIB (VLANs, trunk ports, the edit buffer) and one BRIDGE-MIB instance per VLAN,
     * reached with the community {@code community@vlan} or the SNMPv3 context {@code vlan-<id>}.
     */
    CISCO_IOS("1.3.6.1.4.1.9.1.516",
            "Cisco IOS Software, C3750 Software (C3750-IPSERVICESK9-M), Version 12.2(55)SE5, RELEASE SOFTWARE (fc1)"),

    /**
     * A Cisco Business switch (CBS350; the Small Business SG300/SG350 alike): Cisco's enterprise
     * number (its sysObjectID lies under ciscoSB, 1.3.6.1.4.1.9.6.1; the leaf is chosen for the
     * simulator), but the standard Q-BRIDGE-MIB static VLANs, PVIDs and forwarding database, as the
     * {@link #Q_BRIDGE} model serves them, and neither CISCO-STACK-MIB nor CISCO-VTP-MIB. Ports are
     * named as a CBS350 names them, "GigabitEthernet1/0/p" (ifName "gi1/0/p").
     */
    CISCO_SB("1.3.6.1.4.1.9.6.1.95.24.4", "CBS350-24T-4G 24-Port Gigabit Managed Switch");

    /** Whether the model serves Q-BRIDGE-MIB's static VLANs and PVIDs (and so a Q-BRIDGE forwarding database). */
    boolean qBridge() {
        return this == Q_BRIDGE || this == CISCO_SB;
    }

    private final String sysObjectId;
    private final String sysDescr;

    SwitchModel(String sysObjectId, String sysDescr) {
        this.sysObjectId = sysObjectId;
        this.sysDescr = sysDescr;
    }

    /** The sysObjectID the model presents unless the builder sets one. */
    public String sysObjectId() {
        return sysObjectId;
    }

    /** The sysDescr the model presents unless the builder sets one. */
    public String sysDescr() {
        return sysDescr;
    }
}
