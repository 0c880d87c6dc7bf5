package net.dcihandlers.sim;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The VLAN settings of the {@link SwitchModel#CISCO_IOS} switch's ports, as IOS keeps them and
 * CISCO-VLAN-MEMBERSHIP-MIB and CISCO-VTP-MIB's vlanTrunkPortTable (both indexed by ifIndex)
 * expose them: the access VLAN (vmVlan), the trunk encapsulation, native VLAN, allowed VLANs (four
 * bitmaps of 1024 VLANs each, 128 octets) and the DTP mode vlanTrunkPortDynamicState (1 on, 2 off,
 * 3 desirable, 4 auto, 5 onNoNegotiate).
 *
 * <p>As on IOS: a port trunks (vlanTrunkPortDynamicStatus trunking(1)) when its mode is on or
 * onNoNegotiate; desirable and auto find no DTP peer here, so they do not trunk. Trunking on is
 * refused ({@code inconsistentValue}) while the encapsulation is negotiate(5), and so is
 * negotiate while trunking is on. A trunking port has no vmMembershipTable row; a SET of its
 * vmVlan is {@code inconsistentValue}, and the access VLAN it had returns when trunking stops.
 * vmVlan must name an existing VLAN ({@code wrongValue} otherwise). Encapsulations other than
 * isl(1), dot1Q(4) and negotiate(5) are {@code wrongValue}; a bitmap longer than 128 octets is
 * {@code wrongLength}, a shorter one is padded with zeros.
 */
public final class CiscoPortVlans extends ManagedState<Map<Integer, CiscoPortVlans.PortVlans>> {
    static final String VM_MEMBERSHIP_ENTRY = "1.3.6.1.4.1.9.9.68.1.2.2.1";
    static final int VM_VLAN_TYPE = 1;
    static final int VM_VLAN = 2;
    static final int VM_PORT_STATUS = 3;
    static final String TRUNK_PORT_ENTRY = "1.3.6.1.4.1.9.9.46.1.6.1.1";
    static final int TRUNK_IF_INDEX = 1;
    static final int TRUNK_MANAGEMENT_DOMAIN = 2;
    static final int ENCAPSULATION_TYPE = 3;
    static final int VLANS_ENABLED = 4;
    static final int NATIVE_VLAN = 5;
    static final int DYNAMIC_STATE = 13;
    static final int DYNAMIC_STATUS = 14;
    static final int ENCAPSULATION_OPER_TYPE = 16;
    static final int VLANS_ENABLED_2K = 17;
    static final int VLANS_ENABLED_3K = 18;
    static final int VLANS_ENABLED_4K = 19;
    /** The bitmap columns in VLAN order: 0-1023, 1024-2047, 2048-3071, 3072-4095. */
    static final List<Integer> BITMAP_COLUMNS = List.of(VLANS_ENABLED, VLANS_ENABLED_2K, VLANS_ENABLED_3K, VLANS_ENABLED_4K);
    static final int BITMAP_OCTETS = 128;

    public static final int ISL = 1;
    public static final int DOT1Q = 4;
    public static final int NEGOTIATE = 5;
    public static final int ON = 1;
    public static final int OFF = 2;
    public static final int DESIRABLE = 3;
    public static final int AUTO = 4;
    public static final int ON_NO_NEGOTIATE = 5;
    public static final int TRUNKING = 1;
    public static final int NOT_TRUNKING = 2;

    /** One port's VLAN settings; {@code allowed} holds the four bitmaps end to end (512 octets). */
    record PortVlans(int accessVlan, int encapsulation, int nativeVlan, byte[] allowed, int dynamicState) {
        PortVlans {
            allowed = allowed.clone();
        }

        @Override
        public byte[] allowed() {
            return allowed.clone();
        }

        boolean trunking() {
            return dynamicState == ON || dynamicState == ON_NO_NEGOTIATE;
        }

        boolean allows(int vlan) {
            return vlan >= 0 && vlan < 4096 && (allowed[vlan / 8] & (0x80 >>> (vlan % 8))) != 0;
        }

        byte[] bitmap(int k) {
            return Arrays.copyOfRange(allowed, k * BITMAP_OCTETS, (k + 1) * BITMAP_OCTETS);
        }

        PortVlans withAccess(int vlan) {
            return new PortVlans(vlan, encapsulation, nativeVlan, allowed, dynamicState);
        }
    }

    private final BridgePorts ports;
    private final VtpDomain vtp;

    CiscoPortVlans(BridgePorts ports, VtpDomain vtp, Faults faults) {
        super(initial(ports), faults);
        this.ports = ports;
        this.vtp = vtp;
    }

    /** IOS defaults: access VLAN 1, encapsulation negotiate, native VLAN 1, every VLAN allowed, dynamic auto. */
    private static Map<Integer, PortVlans> initial(BridgePorts ports) {
        byte[] all = new byte[4 * BITMAP_OCTETS];
        Arrays.fill(all, (byte) 0xff);
        all[0] &= 0x7f;                       // VLAN 0 does not exist
        all[all.length - 1] &= (byte) 0xfe;   // nor does 4095
        Map<Integer, PortVlans> out = new HashMap<>();
        for (int ifIndex : ports.ifIndexes()) {
            out.put(ifIndex, new PortVlans(1, NEGOTIATE, 1, all, AUTO));
        }
        return out;
    }

    // ---- what tests read and set

    /** The access VLAN (vmVlan, kept while the port trunks). */
    public int accessVlan(int ifIndex) {
        return port(ifIndex).accessVlan();
    }

    /** vlanTrunkPortDynamicState. */
    public int dynamicState(int ifIndex) {
        return port(ifIndex).dynamicState();
    }

    /** vlanTrunkPortDynamicStatus == trunking. */
    public boolean isTrunking(int ifIndex) {
        return port(ifIndex).trunking();
    }

    /** vlanTrunkPortEncapsulationType. */
    public int encapsulation(int ifIndex) {
        return port(ifIndex).encapsulation();
    }

    /** vlanTrunkPortNativeVlan. */
    public int nativeVlan(int ifIndex) {
        return port(ifIndex).nativeVlan();
    }

    /** The VLANs (0-4095) the four vlanTrunkPortVlansEnabled bitmaps allow. */
    public SortedSet<Integer> allowedVlans(int ifIndex) {
        PortVlans p = port(ifIndex);
        SortedSet<Integer> out = new TreeSet<>();
        for (int v = 0; v < 4096; v++) {
            if (p.allows(v)) {
                out.add(v);
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** An access port in this VLAN (switchport mode access). */
    public void configureAccess(int ifIndex, int vlan) {
        port(ifIndex);
        update(s -> {
            Map<Integer, PortVlans> next = new HashMap<>(s);
            PortVlans p = next.get(ifIndex);
            next.put(ifIndex, new PortVlans(vlan, p.encapsulation(), p.nativeVlan(), p.allowed(), OFF));
            return Map.copyOf(next);
        });
    }

    /** A dot1Q trunk (switchport mode trunk) with this native VLAN, allowing exactly these VLANs. */
    public void configureTrunk(int ifIndex, int nativeVlan, int... allowedVlans) {
        port(ifIndex);
        byte[] bits = new byte[4 * BITMAP_OCTETS];
        for (int v : allowedVlans) {
            bits[v / 8] |= (byte) (0x80 >>> (v % 8));
        }
        update(s -> {
            Map<Integer, PortVlans> next = new HashMap<>(s);
            PortVlans p = next.get(ifIndex);
            next.put(ifIndex, new PortVlans(p.accessVlan(), DOT1Q, nativeVlan, bits, ON));
            return Map.copyOf(next);
        });
    }

    private PortVlans port(int ifIndex) {
        PortVlans p = state().get(ifIndex);
        if (p == null) {
            throw new IllegalArgumentException("ifIndex " + ifIndex + " is not a port of the switch");
        }
        return p;
    }

    // ---- what the MIBs serve

    BridgePorts ports() {
        return ports;
    }

    /** Whether a bridge port carries an existing VLAN: its access VLAN, or on a trunk the native and allowed ones. */
    boolean carries(int vlan, int bridgePort) {
        if (!vtp.exists(vlan) || !ports.exists(bridgePort)) {
            return false;
        }
        PortVlans p = state().get(ports.ifIndex(bridgePort));
        return p.trunking() ? p.nativeVlan() == vlan || p.allows(vlan) : p.accessVlan() == vlan;
    }

    // ---- SET

    @Override
    boolean covers(OID oid) {
        OID vm = new OID(VM_MEMBERSHIP_ENTRY);
        OID trunk = new OID(TRUNK_PORT_ENTRY);
        if (oid.startsWith(vm) && oid.size() > vm.size()) {
            return oid.get(vm.size()) == VM_VLAN;
        }
        if (oid.startsWith(trunk) && oid.size() > trunk.size()) {
            int column = oid.get(trunk.size());
            return column == ENCAPSULATION_TYPE || column == NATIVE_VLAN || column == DYNAMIC_STATE
                    || BITMAP_COLUMNS.contains(column);
        }
        return false;
    }

    @Override
    Outcome<Map<Integer, PortVlans>> apply(Map<Integer, PortVlans> current, List<VariableBinding> bindings) {
        Map<Integer, PortVlans> next = new HashMap<>(current);
        Map<Integer, Integer> accessBy = new HashMap<>();
        Map<Integer, Integer> modeBy = new HashMap<>();
        OID vm = new OID(VM_MEMBERSHIP_ENTRY);
        for (int i = 0; i < bindings.size(); i++) {
            VariableBinding vb = bindings.get(i);
            OID oid = vb.getOid();
            boolean isVm = oid.startsWith(vm);
            int n = isVm ? vm.size() : new OID(TRUNK_PORT_ENTRY).size();
            Integer ifIndex = oid.size() == n + 2 ? (int) oid.getUnsigned(n + 1) : null;
            PortVlans p = ifIndex == null ? null : next.get(ifIndex);
            if (p == null) {
                return Outcome.refused(PDU.noCreation, i);
            }
            int column = oid.get(n);
            if (!isVm && BITMAP_COLUMNS.contains(column)) {
                byte[] octets = Syntax.octets(vb.getVariable());
                if (octets == null) {
                    return Outcome.refused(PDU.wrongType, i);
                }
                if (octets.length > BITMAP_OCTETS) {
                    return Outcome.refused(PDU.wrongLength, i);
                }
                byte[] allowed = p.allowed();
                int k = BITMAP_COLUMNS.indexOf(column);
                Arrays.fill(allowed, k * BITMAP_OCTETS, (k + 1) * BITMAP_OCTETS, (byte) 0);
                System.arraycopy(octets, 0, allowed, k * BITMAP_OCTETS, octets.length);
                next.put(ifIndex, new PortVlans(p.accessVlan(), p.encapsulation(), p.nativeVlan(), allowed,
                        p.dynamicState()));
                continue;
            }
            Integer value = Syntax.integer(vb.getVariable());
            if (value == null) {
                return Outcome.refused(PDU.wrongType, i);
            }
            if (isVm) {
                if (value < 1 || value > 4094 || !vtp.exists(value)) {
                    return Outcome.refused(PDU.wrongValue, i);
                }
                next.put(ifIndex, p.withAccess(value));
                accessBy.put(ifIndex, i);
                continue;
            }
            switch (column) {
                case ENCAPSULATION_TYPE -> {
                    if (value != ISL && value != DOT1Q && value != NEGOTIATE) {
                        return Outcome.refused(PDU.wrongValue, i);
                    }
                    next.put(ifIndex, new PortVlans(p.accessVlan(), value, p.nativeVlan(), p.allowed(),
                            p.dynamicState()));
                    modeBy.putIfAbsent(ifIndex, i);
                }
                case NATIVE_VLAN -> {
                    if (value < 1 || value > 4094) {
                        return Outcome.refused(PDU.wrongValue, i);
                    }
                    next.put(ifIndex, new PortVlans(p.accessVlan(), p.encapsulation(), value, p.allowed(),
                            p.dynamicState()));
                }
                default -> {
                    if (value < ON || value > ON_NO_NEGOTIATE) {
                        return Outcome.refused(PDU.wrongValue, i);
                    }
                    next.put(ifIndex, new PortVlans(p.accessVlan(), p.encapsulation(), p.nativeVlan(), p.allowed(),
                            value));
                    modeBy.put(ifIndex, i);
                }
            }
        }
        for (Map.Entry<Integer, PortVlans> e : next.entrySet()) {
            PortVlans p = e.getValue();
            if (p.trunking() && p.encapsulation() == NEGOTIATE && modeBy.containsKey(e.getKey())) {
                // IOS: "An interface whose trunk encapsulation is "Auto" can not be configured to "trunk" mode."
                return Outcome.refused(PDU.inconsistentValue, modeBy.get(e.getKey()));
            }
            if (p.trunking() && accessBy.containsKey(e.getKey())) {
                return Outcome.refused(PDU.inconsistentValue, accessBy.get(e.getKey()));
            }
        }
        return Outcome.accepted(Map.copyOf(next));
    }
}
