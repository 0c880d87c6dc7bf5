package net.dcihandlers.ipmi;

import java.util.List;

/** ipmi.interface: which interfaces to try, in order. */
enum InterfaceChoice {
    AUTO(List.of(IpmiInterface.LANPLUS, IpmiInterface.LAN)),
    LANPLUS(List.of(IpmiInterface.LANPLUS)),
    LAN(List.of(IpmiInterface.LAN));

    private final List<IpmiInterface> candidates;

    InterfaceChoice(List<IpmiInterface> candidates) {
        this.candidates = candidates;
    }

    List<IpmiInterface> candidates() {
        return candidates;
    }
}
