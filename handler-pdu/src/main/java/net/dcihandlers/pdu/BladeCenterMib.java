package net.dcihandlers.pdu;

import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
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
    static final OID BLADE_EXISTS = SnmpObjects.required("bladeExists", "1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.3", Syntax.INTEGER);
    /** off(0), on(1). */
    static final OID BLADE_POWER_STATE = SnmpObjects.required("bladePowerState", "1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.4", Syntax.INTEGER);
    /** "(No name)" for an empty or unnamed slot. */
    static final OID BLADE_NAME = SnmpObjects.optional("bladeName", "1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.6", Syntax.OCTET_STRING);

    // bladePowerRestartTable
    /** Write off(0) or on(1). */
    static final OID POWER_ON_OFF_BLADE = SnmpObjects.required("powerOnOffBlade", "1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.7", Syntax.INTEGER);
    /** Write execute(1) to restart the blade. */
    static final OID RESTART_BLADE = SnmpObjects.required("restartBlade", "1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.8", Syntax.INTEGER);

    static final int EXISTS = 1;
}
