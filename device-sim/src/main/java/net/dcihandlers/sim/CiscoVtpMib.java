package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * CISCO-VTP-MIB: vtpVlanTable and the edit buffer (vtpEditControlTable, vtpVlanEditTable) of
 * {@link VtpDomain}, and vlanTrunkPortTable of {@link CiscoPortVlans}.
 */
final class CiscoVtpMib {
    static final int VLAN_STATE = 2;
    static final int VLAN_TYPE = 3;
    static final int VLAN_NAME = 4;
    private static final int OPERATIONAL = 1;

    private CiscoVtpMib() {
    }

    /** vtpVlanTable, index managementDomainIndex.vlan: vtpVlanState, vtpVlanType, vtpVlanName. */
    static MibTable vlanTable(VtpDomain vtp) {
        return new MibTable(VtpDomain.VLAN_ENTRY, context -> domainRows(vtp.state().names()), null,
                new MibTable.Column(VLAN_STATE, (context, index) -> new Integer32(OPERATIONAL)),
                new MibTable.Column(VLAN_TYPE, (context, index) -> new Integer32(VtpDomain.type(index.get(1)))),
                new MibTable.Column(VLAN_NAME, (context, index) -> {
                    String name = vtp.state().names().get(index.get(1));
                    return name == null ? null : Syntax.text(name);
                }));
    }

    /** vtpEditControlTable, index managementDomainIndex: operation (reads none), apply status, owner. */
    static MibTable editControlTable(VtpDomain vtp) {
        List<OID> rows = List.of(new OID(new int[]{VtpDomain.DOMAIN}));
        return new MibTable(VtpDomain.EDIT_CONTROL_ENTRY, context -> rows, vtp,
                new MibTable.Column(VtpDomain.EDIT_OPERATION, (context, index) -> new Integer32(VtpDomain.OP_NONE)),
                new MibTable.Column(VtpDomain.APPLY_STATUS, (context, index) -> new Integer32(vtp.applyStatus())),
                new MibTable.Column(VtpDomain.EDIT_BUFFER_OWNER, (context, index) -> Syntax.text(vtp.state().owner())));
    }

    /** vtpVlanEditTable, index managementDomainIndex.vlan: the buffer's rows, while there is a buffer. */
    static MibTable editTable(VtpDomain vtp) {
        return new MibTable(VtpDomain.EDIT_ENTRY, context -> {
            SortedMap<Integer, String> buffer = vtp.state().buffer();
            return buffer == null ? List.of() : domainRows(buffer);
        }, vtp,
                new MibTable.Column(VLAN_STATE, (context, index) -> new Integer32(OPERATIONAL)),
                new MibTable.Column(VLAN_TYPE, (context, index) -> new Integer32(VtpDomain.type(index.get(1)))),
                new MibTable.Column(VtpDomain.EDIT_NAME, (context, index) -> {
                    SortedMap<Integer, String> buffer = vtp.state().buffer();
                    String name = buffer == null ? null : buffer.get(index.get(1));
                    return name == null ? null : Syntax.text(name);
                }));
    }

    private static List<OID> domainRows(SortedMap<Integer, String> vlans) {
        List<OID> rows = new ArrayList<>();
        for (int vlan : vlans.keySet()) {
            rows.add(new OID(new int[]{VtpDomain.DOMAIN, vlan}));
        }
        return rows;
    }

    /** vlanTrunkPortTable, indexed by ifIndex. */
    static MibTable trunkPortTable(CiscoPortVlans vlans) {
        List<MibTable.Column> columns = new ArrayList<>(List.of(
                new MibTable.Column(CiscoPortVlans.TRUNK_IF_INDEX, (context, index) -> new Integer32(index.get(0))),
                new MibTable.Column(CiscoPortVlans.TRUNK_MANAGEMENT_DOMAIN,
                        (context, index) -> new Integer32(VtpDomain.DOMAIN)),
                new MibTable.Column(CiscoPortVlans.ENCAPSULATION_TYPE,
                        (context, index) -> new Integer32(port(vlans, index).encapsulation())),
                new MibTable.Column(CiscoPortVlans.NATIVE_VLAN,
                        (context, index) -> new Integer32(port(vlans, index).nativeVlan())),
                new MibTable.Column(CiscoPortVlans.DYNAMIC_STATE,
                        (context, index) -> new Integer32(port(vlans, index).dynamicState())),
                new MibTable.Column(CiscoPortVlans.DYNAMIC_STATUS, (context, index) -> new Integer32(
                        port(vlans, index).trunking() ? CiscoPortVlans.TRUNKING : CiscoPortVlans.NOT_TRUNKING)),
                new MibTable.Column(CiscoPortVlans.ENCAPSULATION_OPER_TYPE, (context, index) -> {
                    CiscoPortVlans.PortVlans p = port(vlans, index);
                    // notApplicable(6) while not trunking
                    return new Integer32(p.trunking() ? p.encapsulation() : 6);
                })));
        for (int k = 0; k < CiscoPortVlans.BITMAP_COLUMNS.size(); k++) {
            int bitmap = k;
            columns.add(new MibTable.Column(CiscoPortVlans.BITMAP_COLUMNS.get(k),
                    (context, index) -> new OctetString(port(vlans, index).bitmap(bitmap))));
        }
        return new MibTable(CiscoPortVlans.TRUNK_PORT_ENTRY,
                MibTable.singleIndexRows(context -> new ArrayList<>(vlans.state().keySet())), vlans,
                columns.toArray(new MibTable.Column[0]));
    }

    private static CiscoPortVlans.PortVlans port(CiscoPortVlans vlans, OID index) {
        return vlans.state().get(index.get(0));
    }
}
