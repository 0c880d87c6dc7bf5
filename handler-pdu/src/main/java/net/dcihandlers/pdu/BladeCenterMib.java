package net.dcihandlers.pdu;

import org.snmp4j.smi.OID;

/**
 * IBM BladeCenter management module objects (mmblade MIB, enterprise 2.3.51.2), indexed by blade
 * slot (1-14), as the vendor's own PDU example and ClusterLabs fence_ibmblade use them.
 */
final class BladeCenterMib {
    private BladeCenterMib() {
    }

    // bladeSystemStatusTable
    /** false(0), true(1): whether a blade sits in the slot. */
    static final OID BLADE_EXISTS = new OID("1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.3");
    /** off(0), on(1). */
    static final OID BLADE_POWER_STATE = new OID("1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.4");
    /** "(No name)" for an empty or unnamed slot. */
    static final OID BLADE_NAME = new OID("1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.6");

    // bladePowerRestartTable
    /** Write off(0) or on(1). */
    static final OID POWER_ON_OFF_BLADE = new OID("1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.7");
    /** Write execute(1) to restart the blade. */
    static final OID RESTART_BLADE = new OID("1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.8");

    static final int EXISTS = 1;
}
