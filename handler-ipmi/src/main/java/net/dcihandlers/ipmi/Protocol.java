package net.dcihandlers.ipmi;

/** ipmi.protocol: how dci-ipmi talks to a BMC. */
enum Protocol {
    /** Redfish where the BMC serves it, IPMI where it does not. */
    AUTO,
    REDFISH,
    IPMI;
}
