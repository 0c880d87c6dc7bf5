package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.Integer32;
import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * VLANs the Cisco IOS way: an access port's VLAN is vmVlan (CISCO-VLAN-MEMBERSHIP-MIB); a trunk is
 * vlanTrunkPortDynamicState on, with vlanTrunkPortNativeVlan and the allowed VLANs as bitmaps of
 * 1024 VLANs each (CISCO-VTP-MIB). VLAN names live in the VTP database and change only through
 * its edit buffer.
 */
final class CiscoVlans {
    private CiscoVlans() {
    }

    /** The allowed-VLAN bitmaps: VLANs 0-1023, 1024-2047, 2048-3071, 3072-4095. */
    static final List<OID> ENABLED = List.of(CiscoMib.VLAN_TRUNK_PORT_VLANS_ENABLED,
            CiscoMib.VLAN_TRUNK_PORT_VLANS_ENABLED_2K, CiscoMib.VLAN_TRUNK_PORT_VLANS_ENABLED_3K,
            CiscoMib.VLAN_TRUNK_PORT_VLANS_ENABLED_4K);
    static final int BITMAP_OCTETS = 128;

    // CISCO-VTP-MIB vtpEditControlTable and vtpVlanEditTable, index managementDomainIndex(.vlan)
    static final OID VTP_VLAN_EDIT_OPERATION = SnmpObjects.required("vtpVlanEditOperation", "1.3.6.1.4.1.9.9.46.1.4.1.1.1", Syntax.INTEGER);
    static final OID VTP_VLAN_APPLY_STATUS = SnmpObjects.required("vtpVlanApplyStatus", "1.3.6.1.4.1.9.9.46.1.4.1.1.2", Syntax.INTEGER);
    static final OID VTP_VLAN_EDIT_BUFFER_OWNER = SnmpObjects.required("vtpVlanEditBufferOwner", "1.3.6.1.4.1.9.9.46.1.4.1.1.3", Syntax.OCTET_STRING);
    static final OID VTP_VLAN_EDIT_NAME = SnmpObjects.required("vtpVlanEditName", "1.3.6.1.4.1.9.9.46.1.4.2.1.4", Syntax.OCTET_STRING);
    static final int EDIT_COPY = 2;
    static final int EDIT_APPLY = 3;
    static final int EDIT_RELEASE = 4;
    static final int APPLY_IN_PROGRESS = 1;
    static final int APPLY_SUCCEEDED = 2;

    /** The VLANs of the VTP database: id -> name, and the management domain they belong to. */
    record VtpVlans(int domain, Map<Integer, String> names) {

        static VtpVlans read(SnmpClient snmp) throws HandlerException {
            SnmpTable t = snmp.walk(List.of(CiscoMib.VTP_VLAN_STATE, CiscoMib.VTP_VLAN_NAME));
            Map<Integer, String> names = new TreeMap<>();
            int domain = 1;
            for (Map.Entry<OID, Variable> e : t.column(CiscoMib.VTP_VLAN_STATE).entrySet()) {
                OID ix = e.getKey();
                if (ix.size() == 2 && Integer.valueOf(CiscoMib.VLAN_OPERATIONAL).equals(SnmpValues.asInt(e.getValue()))) {
                    domain = ix.get(0);
                    names.put(ix.get(1), SnmpValues.asText(t.get(CiscoMib.VTP_VLAN_NAME, ix)));
                }
            }
            return new VtpVlans(domain, names);
        }
    }

    static VlanState setVlan(SnmpClient snmp, int ifIndex, VlanRequest req, Deadline deadline, Trace trace)
            throws HandlerException {
        VtpVlans vlans = VtpVlans.read(snmp);
        for (int v : req.allVlans()) {
            if (!vlans.names().containsKey(v)) {
                throw HandlerException.badData("VLAN " + v + " is not an operational VLAN of the switch at "
                        + snmp.address() + "; create it there first (nothing was changed)");
            }
        }
        OID dynState = instance(CiscoMib.VLAN_TRUNK_PORT_DYNAMIC_STATE, ifIndex);
        OID encapsulation = instance(CiscoMib.VLAN_TRUNK_PORT_ENCAPSULATION_TYPE, ifIndex);
        List<OID> ask = new ArrayList<>(List.of(dynState, encapsulation));
        for (OID c : ENABLED.subList(1, ENABLED.size())) {
            ask.add(instance(c, ifIndex));
        }
        Map<OID, Variable> now = snmp.get(ask);
        Integer state = SnmpValues.asInt(now.get(dynState));
        if (!req.trunk()) {
            if (state != null && state != CiscoMib.TRUNK_OFF) {
                snmp.set(dynState, new Integer32(CiscoMib.TRUNK_OFF));
            }
            snmp.set(instance(CiscoMib.VM_VLAN, ifIndex), new Integer32(req.vlanId()));
        } else {
            if (state == null) {
                throw HandlerException.badData("port " + ifIndex + " has no vlanTrunkPortTable row, so it cannot be"
                        + " made a trunk; nothing was changed");
            }
            Integer encap = SnmpValues.asInt(now.get(encapsulation));
            if (encap != null && encap != CiscoMib.ENCAPSULATION_DOT1Q) {
                // IOS refuses to trunk with negotiated encapsulation; switches that only know dot1Q refuse the SET
                try {
                    snmp.set(encapsulation, new Integer32(CiscoMib.ENCAPSULATION_DOT1Q));
                } catch (HandlerException e) {
                    trace.line("encapsulation not set to dot1Q: " + e.getMessage());
                }
            }
            List<VariableBinding> set = new ArrayList<>();
            set.add(new VariableBinding(instance(CiscoMib.VLAN_TRUNK_PORT_NATIVE_VLAN, ifIndex), new Integer32(req.vlanId())));
            // every bitmap the port has, or the VLANs of one left unwritten stay allowed (all, by default);
            // a switch without the 2k-4k bitmaps knows no VLANs above 1023, unless one is asked for
            for (int k = 0; k < ENABLED.size(); k++) {
                int first = k * 1024;
                OID column = instance(ENABLED.get(k), ifIndex);
                boolean needed = k == 0 || now.containsKey(column)
                        || req.allVlans().stream().anyMatch(v -> v >= first && v < first + 1024);
                if (needed) {
                    set.add(new VariableBinding(column, bitmap(req.allVlans(), k)));
                }
            }
            snmp.set(set);
            if (state != CiscoMib.TRUNK_ON) {
                snmp.set(dynState, new Integer32(CiscoMib.TRUNK_ON));
            }
        }
        if (req.vlanName() != null && !req.vlanName().equals(vlans.names().get(req.vlanId()))) {
            rename(snmp, vlans.domain(), req.vlanId(), req.vlanName(), deadline, trace);
        }
        return read(snmp, ifIndex);
    }

    /** Bitmap k of the allowed VLANs (k = 0: VLANs 0-1023 ...), 128 octets. */
    static OctetString bitmap(SortedSet<Integer> vlans, int k) {
        PortList list = PortList.of(new byte[BITMAP_OCTETS], k * 1024);
        for (int v : vlans) {
            if (v >= k * 1024 && v < (k + 1) * 1024) {
                list = list.with(v, true);
            }
        }
        return new OctetString(list.bytes());
    }

    /** Renames a VLAN through the VTP edit buffer: copy, edit, apply, release. */
    static void rename(SnmpClient snmp, int domain, int vlan, String name, Deadline deadline, Trace trace)
            throws HandlerException {
        OID op = instance(VTP_VLAN_EDIT_OPERATION, domain);
        snmp.set(List.of(new VariableBinding(op, new Integer32(EDIT_COPY)),
                new VariableBinding(instance(VTP_VLAN_EDIT_BUFFER_OWNER, domain), new OctetString("dci-handlers"))));
        try {
            snmp.set(new OID(VTP_VLAN_EDIT_NAME).append(domain).append(vlan), new OctetString(name));
            snmp.set(op, new Integer32(EDIT_APPLY));
            OID status = instance(VTP_VLAN_APPLY_STATUS, domain);
            Integer s = SnmpValues.asInt(snmp.get(status));
            while (s != null && s == APPLY_IN_PROGRESS && !deadline.expired()) {
                sleep(100);
                s = SnmpValues.asInt(snmp.get(status));
            }
            if (s == null || s != APPLY_SUCCEEDED) {
                throw HandlerException.badData("the switch did not apply the new name of VLAN " + vlan
                        + " (vtpVlanApplyStatus " + s + "); is it a VTP client?");
            }
            trace.line("VLAN " + vlan + " renamed to " + name);
        } finally {
            try {
                snmp.set(op, new Integer32(EDIT_RELEASE));
            } catch (HandlerException e) {
                trace.line("VTP edit buffer not released: " + e.getMessage());
            }
        }
    }

    static VlanState read(SnmpClient snmp, int ifIndex) throws HandlerException {
        List<OID> ask = new ArrayList<>(List.of(instance(CiscoMib.VLAN_TRUNK_PORT_DYNAMIC_STATE, ifIndex),
                instance(CiscoMib.VM_VLAN, ifIndex), instance(CiscoMib.VLAN_TRUNK_PORT_NATIVE_VLAN, ifIndex)));
        for (OID c : ENABLED) {
            ask.add(instance(c, ifIndex));
        }
        Map<OID, Variable> got = snmp.get(ask);
        VtpVlans vlans = VtpVlans.read(snmp);
        Integer state = SnmpValues.asInt(got.get(ask.get(0)));
        boolean trunk = state != null && state == CiscoMib.TRUNK_ON;
        if (!trunk) {
            Integer vlan = SnmpValues.asInt(got.get(ask.get(1)));
            return new VlanState(vlan, vlan == null ? null : vlans.names().get(vlan), false, new TreeSet<>());
        }
        Integer nativeVlan = SnmpValues.asInt(got.get(ask.get(2)));
        SortedSet<Integer> members = new TreeSet<>();
        for (int k = 0; k < ENABLED.size(); k++) {
            byte[] b = SnmpValues.asBytes(got.get(ask.get(3 + k)));
            if (b != null) {
                members.addAll(PortList.of(b, k * 1024).members());
            }
        }
        // the bitmap allows VLANs that may not exist; the trunk carries those that do, besides the native one
        members.retainAll(vlans.names().keySet());
        members.remove(nativeVlan);
        return new VlanState(nativeVlan, nativeVlan == null ? null : vlans.names().get(nativeVlan), true, members);
    }

    private static OID instance(OID column, int index) {
        return new OID(column).append(index);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
