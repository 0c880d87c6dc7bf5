package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.PortParams;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.XmlText;
import net.dcihandlers.core.snmp.SnmpClient;
import org.snmp4j.smi.OID;

/** set_vlan: through the VLAN objects of the switch's profile, answering the state read back. */
final class Vlans {
    private Vlans() {
    }

    static Response setVlan(Call call) throws HandlerException {
        int ifIndex = call.portNumber("an interface index");
        PortParams p = call.portParams();
        VlanRequest req = VlanRequest.from(p);
        String pvlan = p.vlanPvlan() == null ? "" : p.vlanPvlan().trim();
        if (!pvlan.isEmpty() && !pvlan.equals("0")) {
            throw HandlerException.badData("private VLANs (vlan_pvlan " + XmlText.excerpt(pvlan, 10) + ") are not supported by dci-switch; nothing was changed");
        }
        SwitchSettings.Ports which = SwitchFunctions.ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            SwitchIdentity id = SwitchIdentity.read(call, snmp);
            String descr = SwitchFunctions.checkPort(snmp, ifIndex, which,
                    new OID(IfMib.IF_ADMIN_STATUS).append(ifIndex));
            VlanState state = switch (id.profile().vlans()) {
                case CISCO_VTP -> CiscoVlans.setVlan(snmp, ifIndex, req, call.deadline(), call.trace());
                case Q_BRIDGE -> QBridgeVlans.setVlan(snmp, ifIndex, req, call.trace());
                case NONE -> throw HandlerException.badData("the switch at " + snmp.address() + " (" + id.profile().name()
                        + ") has no VLAN objects dci-switch can write (Q-BRIDGE-MIB or Cisco's); nothing was changed");
            };
            call.trace().line("VLAN state of port " + ifIndex + " read back: " + state);
            return Response.of(state.toPort(ifIndex, descr));
        }
    }
}
