package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Snmprec;

import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a switch handler must answer for a recorded switch, worked out from the recording with the
 * semantics of the MIBs (IF-MIB, EtherLike-MIB, BRIDGE-MIB, Q-BRIDGE-MIB, CISCO-STACK-MIB) and
 * the protocol's field values, written independently of dci-switch's code. Every answer is a map
 * identity -> (field -> text), the shape {@link net.dcihandlers.core.testing.Doc#ports()} gives.
 */
final class RecordedSwitch {
    // IF-MIB ifTable and ifXTable
    static final String IF_DESCR = "1.3.6.1.2.1.2.2.1.2";
    static final String IF_TYPE = "1.3.6.1.2.1.2.2.1.3";
    static final String IF_ADMIN_STATUS = "1.3.6.1.2.1.2.2.1.7";
    static final String IF_OPER_STATUS = "1.3.6.1.2.1.2.2.1.8";
    static final String IF_HIGH_SPEED = "1.3.6.1.2.1.31.1.1.1.15";
    // EtherLike-MIB dot3StatsDuplexStatus
    static final String DOT3_STATS_DUPLEX_STATUS = "1.3.6.1.2.1.10.7.2.1.19";
    // BRIDGE-MIB and Q-BRIDGE-MIB
    static final String DOT1D_BASE_PORT_IF_INDEX = "1.3.6.1.2.1.17.1.4.1.2";
    static final String DOT1D_TP_FDB_PORT = "1.3.6.1.2.1.17.4.3.1.2";
    static final String DOT1D_TP_FDB_STATUS = "1.3.6.1.2.1.17.4.3.1.3";
    static final String DOT1Q_TP_FDB_PORT = "1.3.6.1.2.1.17.7.1.2.2.1.2";
    static final String DOT1Q_TP_FDB_STATUS = "1.3.6.1.2.1.17.7.1.2.2.1.3";
    static final String DOT1Q_PVID = "1.3.6.1.2.1.17.7.1.4.5.1.1";
    // CISCO-STACK-MIB portTable
    static final String PORT_ADMIN_SPEED = "1.3.6.1.4.1.9.5.1.4.1.1.9";
    static final String PORT_DUPLEX = "1.3.6.1.4.1.9.5.1.4.1.1.10";
    static final String PORT_IF_INDEX = "1.3.6.1.4.1.9.5.1.4.1.1.11";
    // CISCO-VTP-MIB vtpVlanState
    static final String VTP_VLAN_STATE = "1.3.6.1.4.1.9.9.46.1.3.1.1.2";

    /** IANAifType: Ethernet-like interfaces and IEEE 802.3ad link aggregates, the ports servers are cabled to. */
    private static final Set<String> PORT_TYPES = Set.of("6", "7", "62", "69", "117", "161");
    private static final String PROP_VIRTUAL = "53";
    /** dot1dTpFdbStatus / dot1qTpFdbStatus learned(3): the only entries that are other devices. */
    private static final String LEARNED = "3";

    /** The MAC formats PROTOCOL.md allows. */
    static final Pattern MAC_FORMAT = Pattern.compile("[0-9A-Fa-f]{12}|([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}"
            + "|[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}|([0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}");

    private final Snmprec rec;
    /** ifDescr of the switch's own management ports, as the recording's documentation names them. */
    private final Set<String> managementPorts;

    RecordedSwitch(Snmprec rec) {
        this(rec, Set.of());
    }

    /**
     * A recorded switch whose documentation (SOURCES.md, recordings/README.md) names its management
     * ports by ifDescr: Ethernet interfaces that carry the switch's own management and are no ports.
     */
    RecordedSwitch(Snmprec rec, Set<String> managementPorts) {
        this.rec = rec;
        this.managementPorts = Set.copyOf(managementPorts);
    }

    static Path resource(String name) {
        URL url = RecordedSwitch.class.getResource("/recordings/" + name);
        if (url == null) {
            throw new AssertionError("test resource recordings/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    Snmprec recording() {
        return rec;
    }

    String sysName() {
        return rec.get("1.3.6.1.2.1.1.5.0");
    }

    /**
     * ifIndex of every port: interfaces whose ifType is Ethernet or an aggregate, and propVirtual(53)
     * ones that are bridge ports (Cisco types its Port-channels so; VLAN interfaces are no bridge ports),
     * less the management ports the recording's documentation names, unless they are bridge ports.
     */
    SortedSet<Integer> ports() {
        Set<String> bridged = Set.copyOf(rec.column(DOT1D_BASE_PORT_IF_INDEX).values());
        SortedSet<Integer> out = new TreeSet<>();
        rec.column(IF_TYPE).forEach((i, type) -> {
            boolean management = managementPorts.contains(rec.get(IF_DESCR + "." + i)) && !bridged.contains(i);
            if (PORT_TYPES.contains(type) && !management || PROP_VIRTUAL.equals(type) && bridged.contains(i)) {
                out.add(Integer.parseInt(i));
            }
        });
        return out;
    }

    /**
     * ifIndex of each management port the documentation names, checked against the recording: an
     * Ethernet interface outside the bridge, so that leaving it out is the rule at work.
     */
    SortedSet<Integer> managementPortIndexes() {
        Set<String> bridged = Set.copyOf(rec.column(DOT1D_BASE_PORT_IF_INDEX).values());
        SortedSet<Integer> out = new TreeSet<>();
        rec.column(IF_DESCR).forEach((i, descr) -> {
            if (managementPorts.contains(descr)) {
                if (!PORT_TYPES.contains(rec.get(IF_TYPE + "." + i)) || bridged.contains(i)) {
                    throw new AssertionError("interface " + i + " (" + descr + ") is not an Ethernet interface outside"
                            + " the bridge in the recording");
                }
                out.add(Integer.parseInt(i));
            }
        });
        if (out.size() != managementPorts.size()) {
            throw new AssertionError("the recording lacks some of the management ports " + managementPorts);
        }
        return out;
    }

    /** Whether the switch serves CISCO-STACK-MIB's portTable (and so takes speed and duplex from it). */
    boolean hasCiscoPortTable() {
        return !rec.column(PORT_IF_INDEX).isEmpty();
    }

    /** status as the switch's MIBs say: from the CISCO-STACK-MIB portTable where it has one, else IF-MIB. */
    Map<String, Map<String, String>> status() {
        return hasCiscoPortTable() ? statusByCiscoStack() : statusByIfMib();
    }

    /**
     * The forwarding database mac_list reads on a switch with one bridge: dot1qTpFdbTable where it has
     * entries, else dot1dTpFdbTable.
     */
    SortedMap<Integer, SortedSet<String>> learnedMacs() {
        return rec.column(DOT1Q_TP_FDB_PORT).isEmpty() ? learnedMacs(rec, DOT1D_TP_FDB_PORT, DOT1D_TP_FDB_STATUS)
                : learnedMacs(rec, DOT1Q_TP_FDB_PORT, DOT1Q_TP_FDB_STATUS);
    }

    /** ifIndex of every interface. */
    SortedSet<Integer> interfaces() {
        SortedSet<Integer> out = new TreeSet<>();
        rec.column(IF_DESCR).keySet().forEach(i -> out.add(Integer.parseInt(i)));
        return out;
    }

    /** ifAdminStatus / ifOperStatus: up(1) on, down(2) off, the rest (testing, dormant...) unknown. */
    static String state(String v) {
        return "1".equals(v) ? "on" : "2".equals(v) ? "off" : "unknown";
    }

    /**
     * status of a switch without a vendor port table: speed is the link's, from ifHighSpeed (Mbit/s),
     * only while the link is up and only where the protocol has a value for it; duplex from
     * dot3StatsDuplexStatus, halfDuplex(2) or fullDuplex(3), unknown(1) left out.
     */
    Map<String, Map<String, String>> statusByIfMib() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (int i : ports()) {
            Map<String, String> p = statusBase(i);
            if ("1".equals(rec.get(IF_OPER_STATUS + "." + i))) {
                putIfNotNull(p, "speed", switch (String.valueOf(rec.get(IF_HIGH_SPEED + "." + i))) {
                    case "10" -> "10mbps";
                    case "100" -> "100mbps";
                    case "1000" -> "1gbps";
                    case "10000" -> "10gbps";
                    default -> null;
                });
            }
            putIfNotNull(p, "duplex", switch (String.valueOf(rec.get(DOT3_STATS_DUPLEX_STATUS + "." + i))) {
                case "2" -> "half";
                case "3" -> "full";
                default -> null;
            });
            out.put(Integer.toString(i), p);
        }
        return out;
    }

    /**
     * status of a Cisco switch with CISCO-STACK-MIB: speed and duplex are the port's settings,
     * portAdminSpeed and portDuplex of the portTable row whose portIfIndex is the port.
     */
    Map<String, Map<String, String>> statusByCiscoStack() {
        Map<String, String> rowOf = new TreeMap<>();
        rec.column(PORT_IF_INDEX).forEach((row, ifIndex) -> rowOf.put(ifIndex, row));
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (int i : ports()) {
            Map<String, String> p = statusBase(i);
            String row = rowOf.get(Integer.toString(i));
            if (row != null) {
                putIfNotNull(p, "speed", switch (String.valueOf(rec.get(PORT_ADMIN_SPEED + "." + row))) {
                    case "1" -> "auto";
                    case "2" -> "auto10100";
                    case "10000000" -> "10mbps";
                    case "100000000" -> "100mbps";
                    case "1000000000" -> "1gbps";
                    case "10" -> "10gbps";
                    default -> null;
                });
                putIfNotNull(p, "duplex", switch (String.valueOf(rec.get(PORT_DUPLEX + "." + row))) {
                    case "1" -> "half";
                    case "2" -> "full";
                    case "4" -> "auto";
                    default -> null; // disagree(3) has no protocol value
                });
            }
            out.put(Integer.toString(i), p);
        }
        return out;
    }

    private Map<String, String> statusBase(int i) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("identity", Integer.toString(i));
        p.put("description", rec.get(IF_DESCR + "." + i));
        p.put("admin_status", state(rec.get(IF_ADMIN_STATUS + "." + i)));
        p.put("oper_status", state(rec.get(IF_OPER_STATUS + "." + i)));
        return p;
    }

    /**
     * statistics: bytes are ifHCIn/OutOctets where the port has them (not with SNMP v1, which has
     * no Counter64), else ifIn/OutOctets; packets are unicast + multicast + broadcast, from the
     * ifHC*Pkts columns where the port has all three, else from the 32-bit ifIn/OutUcastPkts and
     * ifXTable ifIn/OutMulticastPkts and ifIn/OutBroadcastPkts (RFC 2863 lets a port below
     * 650 Mbit/s have 64-bit octet counters and 32-bit packet counters only).
     */
    Map<String, Map<String, String>> statistics(boolean v1) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (int i : ports()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("identity", Integer.toString(i));
            putIfNotNull(p, "rxbytes", counter(v1, i, "1.3.6.1.2.1.31.1.1.1.6", "1.3.6.1.2.1.2.2.1.10"));
            putIfNotNull(p, "txbytes", counter(v1, i, "1.3.6.1.2.1.31.1.1.1.10", "1.3.6.1.2.1.2.2.1.16"));
            putIfNotNull(p, "rxpackets", packets(v1, i,
                    new String[] {"1.3.6.1.2.1.31.1.1.1.7", "1.3.6.1.2.1.31.1.1.1.8", "1.3.6.1.2.1.31.1.1.1.9"},
                    new String[] {"1.3.6.1.2.1.2.2.1.11", "1.3.6.1.2.1.31.1.1.1.2", "1.3.6.1.2.1.31.1.1.1.3"}));
            putIfNotNull(p, "txpackets", packets(v1, i,
                    new String[] {"1.3.6.1.2.1.31.1.1.1.11", "1.3.6.1.2.1.31.1.1.1.12", "1.3.6.1.2.1.31.1.1.1.13"},
                    new String[] {"1.3.6.1.2.1.2.2.1.17", "1.3.6.1.2.1.31.1.1.1.4", "1.3.6.1.2.1.31.1.1.1.5"}));
            out.put(Integer.toString(i), p);
        }
        return out;
    }

    /** Whether the port has every 64-bit counter statistics reads. */
    boolean hasAllHcCounters(int i) {
        for (int c : new int[] {6, 7, 8, 9, 10, 11, 12, 13}) {
            if (rec.get("1.3.6.1.2.1.31.1.1.1." + c + "." + i) == null) {
                return false;
            }
        }
        return true;
    }

    private String counter(boolean v1, int i, String hc, String c32) {
        String v = v1 ? null : rec.get(hc + "." + i);
        return v != null ? v : rec.get(c32 + "." + i);
    }

    private String packets(boolean v1, int i, String[] hc, String[] c32) {
        String sum = v1 ? null : sum(i, hc);
        return sum != null ? sum : sum(i, c32);
    }

    private String sum(int i, String[] columns) {
        BigInteger total = BigInteger.ZERO;
        for (String c : columns) {
            String v = rec.get(c + "." + i);
            if (v == null) {
                return null;
            }
            total = total.add(new BigInteger(v));
        }
        return total.toString();
    }

    /**
     * The learned MACs of one bridge instance by ifIndex: forwarding-database entries with status
     * learned(3), whose bridge port dot1dBasePortIfIndex maps to an interface. An entry whose status
     * the walk does not hold (some recordings keep the port column only) counts as learned: nothing
     * says it is the switch's own or a static one. Q-BRIDGE entries are indexed fdbId.MAC, BRIDGE-MIB
     * ones MAC: the MAC is the last six sub-identifiers.
     */
    static SortedMap<Integer, SortedSet<String>> learnedMacs(Snmprec instance, String portColumn, String statusColumn) {
        Map<String, String> ifIndexOf = instance.column(DOT1D_BASE_PORT_IF_INDEX);
        SortedMap<Integer, SortedSet<String>> out = new TreeMap<>();
        instance.column(portColumn).forEach((index, bridgePort) -> {
            String status = instance.get(statusColumn + "." + index);
            if (status != null && !LEARNED.equals(status)) {
                return;
            }
            String ifIndex = ifIndexOf.get(bridgePort);
            if (ifIndex != null) {
                out.computeIfAbsent(Integer.parseInt(ifIndex), k -> new TreeSet<>()).add(macOfIndex(index));
            }
        });
        return out;
    }

    /** The entries a mac_list must leave out although their bridge port is a port: self(4), mgmt(5)... */
    static int notLearnedOnPorts(Snmprec instance, String portColumn, String statusColumn) {
        Map<String, String> ifIndexOf = instance.column(DOT1D_BASE_PORT_IF_INDEX);
        int n = 0;
        for (Map.Entry<String, String> e : instance.column(portColumn).entrySet()) {
            String status = instance.get(statusColumn + "." + e.getKey());
            if (status != null && !LEARNED.equals(status) && ifIndexOf.containsKey(e.getValue())) {
                n++;
            }
        }
        return n;
    }

    /** mac_list's expected answer: every port, with the MACs learned on it (none: no mac field). */
    Map<String, Map<String, String>> macList(Map<Integer, ? extends Set<String>> learned) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (int i : ports()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("identity", Integer.toString(i));
            Set<String> macs = learned.get(i);
            if (macs != null && !macs.isEmpty()) {
                p.put("mac", String.join(" ", new TreeSet<>(macs)));
            }
            out.put(Integer.toString(i), p);
        }
        return out;
    }

    /**
     * A mac_list answer with each port's MACs checked against the protocol's formats and written
     * as sorted 1A:2B:3C:4D:5E:6F, so it compares with {@link #macList}.
     */
    static Map<String, Map<String, String>> normalizedMacs(Map<String, Map<String, String>> answer) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        answer.forEach((id, fields) -> {
            Map<String, String> p = new LinkedHashMap<>(fields);
            String macs = p.remove("mac");
            if (macs != null) {
                SortedSet<String> set = new TreeSet<>();
                for (String m : macs.split(" ")) {
                    if (!MAC_FORMAT.matcher(m).matches()) {
                        throw new AssertionError("port " + id + ": '" + m + "' is not a MAC in a format the protocol allows");
                    }
                    if (!set.add(canonical(m))) {
                        throw new AssertionError("port " + id + " lists " + m + " twice");
                    }
                }
                p.put("mac", String.join(" ", set));
            }
            out.put(id, p);
        });
        return out;
    }

    static String canonical(String mac) {
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 12; k += 2) {
            if (k > 0) {
                b.append(':');
            }
            b.append(hex, k, k + 2);
        }
        return b.toString();
    }

    private static String macOfIndex(String index) {
        String[] s = index.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int k = s.length - 6; k < s.length; k++) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(String.format("%02X", Integer.parseInt(s[k])));
        }
        return b.toString();
    }

    private static void putIfNotNull(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
