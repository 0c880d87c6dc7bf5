package net.dcihandlers.sim;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The VLAN configuration of the {@link SwitchModel#Q_BRIDGE} switch, as Q-BRIDGE-MIB (RFC 4363)
 * exposes it and an HP/Aruba ProCurve enforces it: the static VLAN table (name read-create;
 * egress and untagged PortLists read-write; RowStatus) and each bridge port's PVID.
 *
 * <p>A SET is judged on the state after all its bindings (RFC 3416), and refused whole
 * ({@code inconsistentValue}, nothing changes) when afterwards
 * <ul>
 *   <li>a VLAN's untagged ports are not a subset of its egress ports (RFC 4363);</li>
 *   <li>a port is an untagged member of more than one VLAN (ProCurve: one untagged VLAN per port,
 *       so moving a port means leaving the old VLAN in the same PDU);</li>
 *   <li>a port is a member of no VLAN at all (ProCurve refuses to remove a port from its last VLAN);</li>
 *   <li>dot1qPvid was set to a VLAN the port is not an untagged member of. ProCurve keeps the PVID
 *       equal to the port's untagged VLAN: joining a VLAN untagged sets the PVID, and a SET of
 *       dot1qPvid is only accepted when it names that VLAN (a no-op).</li>
 * </ul>
 * A PVID naming a VLAN that does not exist is {@code wrongValue}; dot1qPvid is a VlanIndex, an
 * Unsigned32, so an INTEGER is {@code wrongType}. Names, egress and untagged lists of a VLAN that
 * does not exist are {@code noCreation} unless the same PDU creates it (RowStatus createAndGo or
 * createAndWait). VLAN 1, the default VLAN, cannot be destroyed.
 *
 * <p>The public methods are for tests and speak ifIndexes; the MIB speaks bridge ports.
 */
public final class StaticVlans extends ManagedState<StaticVlans.Snapshot> {
    static final OID STATIC_ENTRY = new OID("1.3.6.1.2.1.17.7.1.4.3.1");
    static final int NAME = 1;
    static final int EGRESS = 2;
    static final int FORBIDDEN_EGRESS = 3;
    static final int UNTAGGED = 4;
    static final int ROW_STATUS = 5;
    /** dot1qPvid, in dot1qPortVlanTable, indexed by bridge port. */
    static final OID PVID = new OID("1.3.6.1.2.1.17.7.1.4.5.1.1");

    /** RowStatus (SNMPv2-TC) values. */
    static final int ACTIVE = 1;
    static final int NOT_IN_SERVICE = 2;
    static final int NOT_READY = 3;
    static final int CREATE_AND_GO = 4;
    static final int CREATE_AND_WAIT = 5;
    static final int DESTROY = 6;

    static final int DEFAULT_VLAN = 1;
    static final int MAX_NAME_OCTETS = 32;

    /** One static VLAN; ports are bridge port numbers. */
    record Vlan(String name, SortedSet<Integer> egress, SortedSet<Integer> untagged, int rowStatus) {
        Vlan {
            egress = Collections.unmodifiableSortedSet(new TreeSet<>(egress));
            untagged = Collections.unmodifiableSortedSet(new TreeSet<>(untagged));
        }

        Vlan withEgress(SortedSet<Integer> ports) {
            return new Vlan(name, ports, untagged, rowStatus);
        }

        Vlan withUntagged(SortedSet<Integer> ports) {
            return new Vlan(name, egress, ports, rowStatus);
        }

        Vlan with(int bridgePort, boolean member, boolean untaggedMember) {
            SortedSet<Integer> e = new TreeSet<>(egress);
            SortedSet<Integer> u = new TreeSet<>(untagged);
            if (member) {
                e.add(bridgePort);
            } else {
                e.remove(bridgePort);
            }
            if (untaggedMember) {
                u.add(bridgePort);
            } else {
                u.remove(bridgePort);
            }
            return new Vlan(name, e, u, rowStatus);
        }
    }

    /** The VLANs by id and each bridge port's PVID. */
    record Snapshot(SortedMap<Integer, Vlan> vlans, Map<Integer, Integer> pvids) {
        Snapshot {
            vlans = Collections.unmodifiableSortedMap(new TreeMap<>(vlans));
            pvids = Map.copyOf(pvids);
        }
    }

    private final BridgePorts bridgePorts;

    StaticVlans(BridgePorts bridgePorts, Map<Integer, String> vlans, Faults faults) {
        super(initial(bridgePorts, vlans), faults);
        this.bridgePorts = bridgePorts;
    }

    /** VLAN 1 "DEFAULT_VLAN" with every port untagged, PVID 1; the other VLANs empty. */
    private static Snapshot initial(BridgePorts bridgePorts, Map<Integer, String> names) {
        SortedMap<Integer, Vlan> vlans = new TreeMap<>();
        SortedSet<Integer> all = new TreeSet<>(bridgePorts.numbers());
        vlans.put(DEFAULT_VLAN, new Vlan(names.getOrDefault(DEFAULT_VLAN, "DEFAULT_VLAN"), all, all, ACTIVE));
        names.forEach((id, name) -> {
            if (id != DEFAULT_VLAN) {
                vlans.put(id, new Vlan(name, new TreeSet<>(), new TreeSet<>(), ACTIVE));
            }
        });
        Map<Integer, Integer> pvids = new HashMap<>();
        all.forEach(bp -> pvids.put(bp, DEFAULT_VLAN));
        return new Snapshot(vlans, pvids);
    }

    // ---- what tests read and set, in ifIndex terms

    /** The VLAN ids the switch has, ascending. */
    public SortedSet<Integer> vlanIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(state().vlans().keySet()));
    }

    /** dot1qVlanStaticName, or null if the VLAN does not exist. */
    public String name(int vlan) {
        Vlan v = state().vlans().get(vlan);
        return v == null ? null : v.name();
    }

    /** The ifIndexes of the VLAN's egress (member) ports; empty if the VLAN does not exist. */
    public SortedSet<Integer> egressPorts(int vlan) {
        Vlan v = state().vlans().get(vlan);
        return v == null ? Collections.emptySortedSet() : ifIndexes(v.egress());
    }

    /** The ifIndexes of the VLAN's untagged ports. */
    public SortedSet<Integer> untaggedPorts(int vlan) {
        Vlan v = state().vlans().get(vlan);
        return v == null ? Collections.emptySortedSet() : ifIndexes(v.untagged());
    }

    /** The ifIndexes of the VLAN's tagged ports: egress but not untagged. */
    public SortedSet<Integer> taggedPorts(int vlan) {
        SortedSet<Integer> tagged = new TreeSet<>(egressPorts(vlan));
        tagged.removeAll(untaggedPorts(vlan));
        return Collections.unmodifiableSortedSet(tagged);
    }

    /** The VLANs a port is an egress member of. */
    public SortedSet<Integer> vlansOf(int ifIndex) {
        int bp = bridgePorts.of(ifIndex);
        return state().vlans().entrySet().stream().filter(e -> e.getValue().egress().contains(bp))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** dot1qPvid of a port. */
    public int pvid(int ifIndex) {
        return state().pvids().get(bridgePorts.of(ifIndex));
    }

    /** Creates a VLAN with no members, as an operator would at the console. */
    public void createVlan(int vlan, String name) {
        checkVlanId(vlan);
        update(s -> {
            if (s.vlans().containsKey(vlan)) {
                throw new IllegalStateException("VLAN " + vlan + " exists");
            }
            SortedMap<Integer, Vlan> vlans = new TreeMap<>(s.vlans());
            vlans.put(vlan, new Vlan(name, new TreeSet<>(), new TreeSet<>(), ACTIVE));
            return new Snapshot(vlans, s.pvids());
        });
    }

    /** Makes a port an untagged member of this VLAN only, with it as PVID. */
    public void configureAccess(int ifIndex, int vlan) {
        configureTrunk(ifIndex, vlan);
    }

    /** Makes a port untagged in {@code nativeVlan} (its PVID), tagged in the others, and a member of no other VLAN. */
    public void configureTrunk(int ifIndex, int nativeVlan, int... tagged) {
        int bp = bridgePorts.of(ifIndex);
        update(s -> {
            SortedMap<Integer, Vlan> vlans = new TreeMap<>(s.vlans());
            List<Integer> taggedList = java.util.Arrays.stream(tagged).boxed().collect(Collectors.toList());
            for (int v : vlans.keySet()) {
                boolean untagged = v == nativeVlan;
                boolean member = untagged || taggedList.contains(v);
                vlans.put(v, vlans.get(v).with(bp, member, untagged));
            }
            if (!vlans.containsKey(nativeVlan) || !vlans.keySet().containsAll(taggedList)) {
                throw new IllegalArgumentException("VLANs " + nativeVlan + " " + taggedList + " must exist");
            }
            Map<Integer, Integer> pvids = new HashMap<>(s.pvids());
            pvids.put(bp, nativeVlan);
            return new Snapshot(vlans, pvids);
        });
    }

    private SortedSet<Integer> ifIndexes(SortedSet<Integer> bridgePortNumbers) {
        return bridgePortNumbers.stream().map(bridgePorts::ifIndex)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void checkVlanId(int vlan) {
        if (vlan < 1 || vlan > 4094) {
            throw new IllegalArgumentException("VLAN ids run from 1 to 4094: " + vlan);
        }
    }

    // ---- what the MIB serves

    BridgePorts bridgePorts() {
        return bridgePorts;
    }

    /** Whether a bridge port carries a VLAN (is in its egress list). */
    boolean carries(int vlan, int bridgePort) {
        Vlan v = state().vlans().get(vlan);
        return v != null && v.egress().contains(bridgePort);
    }

    // ---- SET

    @Override
    boolean covers(OID oid) {
        return oid.startsWith(STATIC_ENTRY) || oid.startsWith(PVID);
    }

    @Override
    Outcome<Snapshot> apply(Snapshot current, List<VariableBinding> bindings) {
        SortedMap<Integer, Vlan> vlans = new TreeMap<>(current.vlans());
        Map<Integer, Integer> pvids = new HashMap<>(current.pvids());
        // which binding last set a VLAN's lists, and which set a port's PVID, to name them in errors
        Map<Integer, Integer> egressBy = new HashMap<>();
        Map<Integer, Integer> untaggedBy = new HashMap<>();
        Map<Integer, Integer> rowBy = new HashMap<>();
        Map<Integer, int[]> explicitPvids = new HashMap<>();

        // rows are created and destroyed first, wherever RowStatus stands in the PDU
        for (int i = 0; i < bindings.size(); i++) {
            VariableBinding vb = bindings.get(i);
            if (!vb.getOid().startsWith(STATIC_ENTRY) || column(vb.getOid()) != ROW_STATUS) {
                continue;
            }
            Integer vlan = vlanIndex(vb.getOid());
            if (vlan == null) {
                return Outcome.refused(PDU.noCreation, i);
            }
            Integer status = Syntax.integer(vb.getVariable());
            if (status == null) {
                return Outcome.refused(PDU.wrongType, i);
            }
            boolean exists = vlans.containsKey(vlan);
            switch (status) {
                case CREATE_AND_GO, CREATE_AND_WAIT -> {
                    if (exists) {
                        return Outcome.refused(PDU.inconsistentValue, i);
                    }
                    vlans.put(vlan, new Vlan("", new TreeSet<>(), new TreeSet<>(),
                            status == CREATE_AND_GO ? ACTIVE : NOT_IN_SERVICE));
                }
                case ACTIVE, NOT_IN_SERVICE -> {
                    if (!exists) {
                        return Outcome.refused(PDU.inconsistentValue, i);
                    }
                    Vlan v = vlans.get(vlan);
                    vlans.put(vlan, new Vlan(v.name(), v.egress(), v.untagged(), status));
                }
                case DESTROY -> {
                    if (vlan == DEFAULT_VLAN) {
                        return Outcome.refused(PDU.inconsistentValue, i);
                    }
                    vlans.remove(vlan);
                }
                default -> {
                    return Outcome.refused(PDU.wrongValue, i);
                }
            }
            rowBy.put(vlan, i);
        }

        for (int i = 0; i < bindings.size(); i++) {
            VariableBinding vb = bindings.get(i);
            OID oid = vb.getOid();
            Variable value = vb.getVariable();
            if (oid.startsWith(PVID)) {
                Integer bp = oid.size() == PVID.size() + 1 ? (int) oid.getUnsigned(PVID.size()) : null;
                if (bp == null || !bridgePorts.exists(bp)) {
                    return Outcome.refused(PDU.noCreation, i);
                }
                if (value.getSyntax() != SMIConstants.SYNTAX_UNSIGNED_INTEGER32) {
                    return Outcome.refused(PDU.wrongType, i);
                }
                long vlan = value.toLong();
                if (vlan < 1 || vlan > 4094 || !vlans.containsKey((int) vlan)) {
                    return Outcome.refused(PDU.wrongValue, i);
                }
                explicitPvids.put(bp, new int[]{(int) vlan, i});
                continue;
            }
            int column = column(oid);
            if (column == ROW_STATUS) {
                continue;
            }
            Integer vlan = vlanIndex(oid);
            if (vlan == null || column < NAME || column > ROW_STATUS) {
                return Outcome.refused(PDU.noCreation, i);
            }
            Vlan v = vlans.get(vlan);
            if (v == null) {
                return Outcome.refused(PDU.noCreation, i);
            }
            if (column == FORBIDDEN_EGRESS) {
                return Outcome.refused(PDU.notWritable, i);
            }
            byte[] octets = Syntax.octets(value);
            if (octets == null) {
                return Outcome.refused(PDU.wrongType, i);
            }
            if (column == NAME) {
                if (octets.length > MAX_NAME_OCTETS) {
                    return Outcome.refused(PDU.wrongLength, i);
                }
                vlans.put(vlan, new Vlan(Syntax.text(octets), v.egress(), v.untagged(), v.rowStatus()));
                continue;
            }
            if (octets.length > PortList.MAX_OCTETS) {
                return Outcome.refused(PDU.wrongLength, i);
            }
            SortedSet<Integer> ports = PortList.decode(octets);
            if (!ports.isEmpty() && (ports.first() < 1 || !bridgePorts.exists(ports.last())
                    || ports.stream().anyMatch(p -> !bridgePorts.exists(p)))) {
                return Outcome.refused(PDU.wrongValue, i);
            }
            if (column == EGRESS) {
                vlans.put(vlan, v.withEgress(ports));
                egressBy.put(vlan, i);
            } else {
                vlans.put(vlan, v.withUntagged(ports));
                untaggedBy.put(vlan, i);
            }
        }

        // the state after the PDU must hold together
        for (Map.Entry<Integer, Vlan> e : vlans.entrySet()) {
            Vlan v = e.getValue();
            if (!v.egress().containsAll(v.untagged())) {
                return Outcome.refused(PDU.inconsistentValue, blame(e.getKey(), untaggedBy, egressBy, rowBy));
            }
        }
        for (int bp : bridgePorts.numbers()) {
            List<Integer> untaggedIn = vlans.entrySet().stream().filter(e -> e.getValue().untagged().contains(bp))
                    .map(Map.Entry::getKey).collect(Collectors.toList());
            if (untaggedIn.size() > 1) {
                // blame a VLAN the port has newly joined untagged
                int culprit = untaggedIn.stream().filter(v -> !wasUntagged(current, v, bp)).findFirst()
                        .orElse(untaggedIn.get(0));
                return Outcome.refused(PDU.inconsistentValue, blame(culprit, untaggedBy, egressBy, rowBy));
            }
            boolean member = vlans.values().stream().anyMatch(v -> v.egress().contains(bp));
            if (!member) {
                int left = current.vlans().entrySet().stream().filter(e -> e.getValue().egress().contains(bp))
                        .map(Map.Entry::getKey).findFirst().orElse(DEFAULT_VLAN);
                return Outcome.refused(PDU.inconsistentValue, blame(left, egressBy, untaggedBy, rowBy));
            }
            if (untaggedIn.size() == 1) {
                pvids.put(bp, untaggedIn.get(0));
            }
        }
        for (Map.Entry<Integer, int[]> e : explicitPvids.entrySet()) {
            int bp = e.getKey();
            int wanted = e.getValue()[0];
            if (!vlans.get(wanted).untagged().contains(bp)) {
                return Outcome.refused(PDU.inconsistentValue, e.getValue()[1]);
            }
            pvids.put(bp, wanted);
        }
        return Outcome.accepted(new Snapshot(vlans, pvids));
    }

    private static boolean wasUntagged(Snapshot s, int vlan, int bp) {
        Vlan v = s.vlans().get(vlan);
        return v != null && v.untagged().contains(bp);
    }

    /** The binding to name for a VLAN's inconsistency: the first of the given maps that has one. */
    @SafeVarargs
    private static int blame(int vlan, Map<Integer, Integer>... by) {
        for (Map<Integer, Integer> m : by) {
            if (m.containsKey(vlan)) {
                return m.get(vlan);
            }
        }
        return by[0].values().stream().filter(Objects::nonNull).findFirst().orElse(0);
    }

    private static int column(OID oid) {
        return oid.size() > STATIC_ENTRY.size() ? oid.get(STATIC_ENTRY.size()) : -1;
    }

    /** The VLAN id an instance of the static table names, or null if it names none that could exist. */
    private static Integer vlanIndex(OID oid) {
        int n = STATIC_ENTRY.size();
        if (oid.size() != n + 2) {
            return null;
        }
        long vlan = oid.getUnsigned(n + 1);
        return vlan >= 1 && vlan <= 4094 ? (int) vlan : null;
    }
}
