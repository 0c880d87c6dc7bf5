package net.dcihandlers.sim;

/** Whether a bridge port carries a VLAN, by whatever configuration the switch model keeps. */
@FunctionalInterface
interface VlanMembership {
    /** Every port carries every VLAN: a switch whose VLANs the simulator does not model. */
    VlanMembership ALL = (vlan, bridgePort) -> true;

    boolean carries(int vlan, int bridgePort);
}
