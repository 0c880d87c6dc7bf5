package net.dcihandlers.pdu;

import net.dcihandlers.core.snmp.SnmpDump;
import org.snmp4j.smi.OID;

import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code dci-pdu --dump} records besides the system group: every outlet (or blade) table the
 * profiles read, status and metering, whole, each named by one of its columns.
 */
final class DumpTree {
    private DumpTree() {
    }

    static List<OID> subtrees() {
        return Stream.of(
                        // PowerNet-MIB rPDU2OutletSwitchedStatusTable, rPDU2OutletMeteredStatusTable
                        PowerNetMib.RPDU2_OUTLET_SWITCHED_STATUS_STATE, PowerNetMib.RPDU2_OUTLET_METERED_STATUS_POWER,
                        // rPDUOutletStatusTable, sPDUOutletControlMSPTable
                        PowerNetMib.RPDU_OUTLET_STATUS_OUTLET_STATE, PowerNetMib.SPDU_OUTLET_CTL,
                        // IBM mmblade bladeSystemStatusTable
                        BladeCenterMib.BLADE_POWER_STATE)
                .map(SnmpDump::tableOf).toList();
    }
}
