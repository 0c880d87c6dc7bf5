package net.dcihandlers.ups;

import org.snmp4j.smi.OID;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code dci-ups --dump} records besides the system group: every object the SNMP profiles
 * read, the probes that choose a profile included.
 */
final class DumpTree {
    private DumpTree() {
    }

    static List<OID> subtrees() {
        List<OID> all = new ArrayList<>(SnmpProfiles.probes());
        for (SnmpUpsProfile p : SnmpProfiles.ALL) {
            all.addAll(p.scalars());
            all.addAll(p.columns());
        }
        return all;
    }
}
