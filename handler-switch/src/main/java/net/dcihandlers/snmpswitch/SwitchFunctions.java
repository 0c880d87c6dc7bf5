package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.List;
import java.util.Map;

/** status, port_on and port_off of dci-switch. */
final class SwitchFunctions {
    private SwitchFunctions() {
    }

    static Response status(Call call) throws HandlerException {
        SwitchSettings.Ports which = call.config().choice(SwitchSettings.PORTS, SwitchSettings.Ports.class,
                SwitchSettings.PORT_NAMES);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            Interfaces.Reading r = Interfaces.read(snmp);
            if (r.interfaces().isEmpty()) {
                throw HandlerException.badData("the switch at " + snmp.address() + " answers SNMP but lists no"
                        + " interfaces (IF-MIB ifTable is empty or not visible to this community/user)");
            }
            List<Interfaces.Interface> ports = which == SwitchSettings.Ports.ALL ? r.interfaces()
                    : Interfaces.ports(snmp, r.interfaces(), call.trace());
            Response response = new Response();
            if (r.sysName() != null && !r.sysName().isEmpty()) {
                response.hostname(r.sysName());
            }
            for (Interfaces.Interface i : ports) {
                response.add(new Port(Integer.toString(i.ifIndex())).description(i.descr())
                        .adminStatus(i.admin()).operStatus(i.oper()));
            }
            call.trace().line("status: " + ports.size() + " of " + r.interfaces().size() + " interfaces reported, "
                    + snmp.requests() + " requests");
            return response;
        }
    }

    static Response portOn(Call call) throws HandlerException {
        return setAdmin(call, true);
    }

    static Response portOff(Call call) throws HandlerException {
        return setAdmin(call, false);
    }

    private static Response setAdmin(Call call, boolean on) throws HandlerException {
        int ifIndex = ifIndex(call.portIdentity());
        SwitchSettings.Ports which = call.config().choice(SwitchSettings.PORTS, SwitchSettings.Ports.class,
                SwitchSettings.PORT_NAMES);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            OID admin = instance(IfMib.IF_ADMIN_STATUS, ifIndex);
            OID descr = instance(IfMib.IF_DESCR, ifIndex);
            OID type = instance(IfMib.IF_TYPE, ifIndex);
            Map<OID, Variable> before = snmp.get(List.of(descr, type, admin));
            if (!before.containsKey(admin)) {
                throw HandlerException.badData("the switch at " + snmp.address() + " has no port with identity "
                        + ifIndex + " (no ifAdminStatus." + ifIndex + "); status lists the ports it has");
            }
            String description = SnmpValues.asText(before.get(descr));
            if (which == SwitchSettings.Ports.PHYSICAL) {
                PortKind kind = PortKind.of(SnmpValues.asInt(before.get(type)), description);
                if (kind == PortKind.NOT_A_PORT || kind == PortKind.ASK_BRIDGE
                        && !Interfaces.bridgePortIfIndexes(snmp).contains(ifIndex)) {
                    throw HandlerException.badData("interface " + ifIndex + " (" + description + ") is not a port"
                            + " a server is cabled to; refusing to switch it (set switch.ports=all to allow)");
                }
            }
            Variable back = snmp.setAndRead(admin, new Integer32(on ? IfMib.UP : IfMib.DOWN));
            Variable oper = snmp.get(instance(IfMib.IF_OPER_STATUS, ifIndex));
            PortStatus state = Interfaces.status(back);
            call.trace().line("ifAdminStatus." + ifIndex + " read back: " + back);
            return Response.of(new Port(Integer.toString(ifIndex)).description(description)
                    .adminStatus(state).operStatus(Interfaces.status(oper)));
        }
    }

    static int ifIndex(String identity) throws HandlerException {
        if (!identity.matches("[0-9]{1,10}") || Long.parseLong(identity) < 1 || Long.parseLong(identity) > Integer.MAX_VALUE) {
            throw HandlerException.badData("port identity '" + (identity.length() > 20 ? identity.substring(0, 20) + "..."
                    : identity).replaceAll("\\p{Cntrl}", "?") + "' is not an interface index; status lists the identities");
        }
        return Integer.parseInt(identity);
    }

    static OID instance(OID column, int index) {
        return new OID(column).append(index);
    }
}
