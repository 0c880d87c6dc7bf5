package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;

/**
 * CISCO-STACK-MIB portTable, index module.port: portAdminSpeed (.9) and portDuplex (.10),
 * read-write through {@link CiscoPorts}, and portIfIndex (.11).
 */
final class CiscoStackMib {
    private CiscoStackMib() {
    }

    static MibTable portTable(CiscoPorts ports) {
        List<OID> rows = new ArrayList<>();
        for (int p = 1; p <= ports.portCount(); p++) {
            rows.add(new OID(new int[]{ports.module(), p}));
        }
        List<OID> fixed = List.copyOf(rows);
        return new MibTable(CiscoPorts.PORT_ENTRY, context -> fixed, ports,
                new MibTable.Column(CiscoPorts.PORT_ADMIN_SPEED,
                        (context, index) -> new Integer32(ports.adminSpeed(ports.ifIndexAt(index.get(1))))),
                new MibTable.Column(CiscoPorts.PORT_DUPLEX,
                        (context, index) -> new Integer32(ports.duplex(ports.ifIndexAt(index.get(1))))),
                new MibTable.Column(CiscoPorts.PORT_IF_INDEX,
                        (context, index) -> new Integer32(ports.ifIndexAt(index.get(1)))));
    }
}
