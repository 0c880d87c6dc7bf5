package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * BRIDGE-MIB (RFC 4188): dot1dBasePortTable (dot1dBasePort, dot1dBasePortIfIndex) and
 * dot1dTpFdbTable (dot1dTpFdbAddress, dot1dTpFdbPort, dot1dTpFdbStatus, index the MAC).
 *
 * <p>One bridge serves every VLAN, except on Cisco IOS, which keeps one instance per VLAN: there
 * the context {@code vlan-<id>} (which the community {@code community@<id>} maps to) shows only the
 * ports carrying that VLAN and the MACs learned in it, and the default context is VLAN 1's.
 */
final class BridgeMib {
    static final String BASE_PORT_ENTRY = "1.3.6.1.2.1.17.1.4.1";
    static final String TP_FDB_ENTRY = "1.3.6.1.2.1.17.4.3.1";
    static final String VLAN_CONTEXT_PREFIX = "vlan-";

    private final BridgePorts bridgePorts;
    private final ForwardingDatabase fdb;
    private final VlanMembership membership;
    private final boolean perVlan;

    private BridgeMib(BridgePorts bridgePorts, ForwardingDatabase fdb, VlanMembership membership, boolean perVlan) {
        this.bridgePorts = bridgePorts;
        this.fdb = fdb;
        this.membership = membership;
        this.perVlan = perVlan;
    }

    /** One bridge for all VLANs; an FDB entry shows while its port carries its VLAN. */
    static BridgeMib single(BridgePorts bridgePorts, ForwardingDatabase fdb, VlanMembership membership) {
        return new BridgeMib(bridgePorts, fdb, membership, false);
    }

    /** Cisco IOS: one instance per VLAN, chosen by the context. */
    static BridgeMib perVlan(BridgePorts bridgePorts, ForwardingDatabase fdb, VlanMembership membership) {
        return new BridgeMib(bridgePorts, fdb, membership, true);
    }

    /** The VLAN a context stands for on a per-VLAN bridge ("" is VLAN 1), or null for the single bridge. */
    private Integer vlanOf(OctetString context) {
        if (!perVlan) {
            return null;
        }
        String name = context.toString();
        if (name.isEmpty()) {
            return 1;
        }
        return name.startsWith(VLAN_CONTEXT_PREFIX) ? Integer.valueOf(name.substring(VLAN_CONTEXT_PREFIX.length())) : -1;
    }

    private List<Integer> portsShown(OctetString context) {
        Integer vlan = vlanOf(context);
        if (vlan == null) {
            return bridgePorts.numbers();
        }
        List<Integer> shown = new ArrayList<>();
        for (int bp : bridgePorts.numbers()) {
            if (membership.carries(vlan, bp)) {
                shown.add(bp);
            }
        }
        return shown;
    }

    /** The entries the context's dot1dTpFdbTable shows, by MAC index; one per MAC (the first added wins). */
    private Map<OID, ForwardingDatabase.Entry> entriesShown(OctetString context) {
        Integer vlan = vlanOf(context);
        Map<OID, ForwardingDatabase.Entry> shown = new TreeMap<>();
        for (ForwardingDatabase.Entry e : fdb.snapshot()) {
            int bp = fdb.bridgePort(e);
            boolean inInstance = vlan == null || e.vlan() == vlan;
            if (inInstance && (bp == 0 || membership.carries(e.vlan(), bp))) {
                shown.putIfAbsent(new OID(ForwardingDatabase.subIds(e.mac())), e);
            }
        }
        return shown;
    }

    MibTable basePortTable() {
        return new MibTable(BASE_PORT_ENTRY, MibTable.singleIndexRows(this::portsShown), null,
                new MibTable.Column(1, (context, index) -> new Integer32(index.get(0))),
                new MibTable.Column(2, (context, index) -> new Integer32(bridgePorts.ifIndex(index.get(0)))));
    }

    MibTable tpFdbTable() {
        Function<OctetString, List<OID>> rows = context -> new ArrayList<>(entriesShown(context).keySet());
        return new MibTable(TP_FDB_ENTRY, rows::apply, null,
                new MibTable.Column(1, (context, index) -> entryAt(context, index) == null ? null
                        : new OctetString(entryAt(context, index).mac())),
                new MibTable.Column(2, (context, index) -> entryAt(context, index) == null ? null
                        : new Integer32(fdb.bridgePort(entryAt(context, index)))),
                new MibTable.Column(3, (context, index) -> entryAt(context, index) == null ? null
                        : new Integer32(entryAt(context, index).status().value())));
    }

    private ForwardingDatabase.Entry entryAt(OctetString context, OID index) {
        return entriesShown(context).get(index);
    }
}
