package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.Speed;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.snmpswitch.Survey.SwitchPort;
import net.dcihandlers.snmpswitch.SwitchProfile.PortTable;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.List;
import java.util.Map;

/** status, port_on, port_off, port_speed and port_duplex of dci-switch. */
final class SwitchFunctions {
    private SwitchFunctions() {
    }

    static SwitchSettings.Ports ports(Call call) throws HandlerException {
        return call.config().choice(SwitchSettings.PORTS, SwitchSettings.Ports.class, SwitchSettings.PORT_NAMES);
    }

    static Response status(Call call) throws HandlerException {
        SwitchSettings.Ports which = ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            SwitchIdentity id = SwitchIdentity.read(call, snmp);
            PortTable pt = id.profile().portTable();
            List<OID> ifColumns = pt != null ? List.of(IfMib.IF_ADMIN_STATUS, IfMib.IF_OPER_STATUS)
                    : List.of(IfMib.IF_ADMIN_STATUS, IfMib.IF_OPER_STATUS, IfMib.IF_HIGH_SPEED,
                    IfMib.DOT3_STATS_DUPLEX_STATUS);
            List<OID> ptColumns = pt != null ? List.of(pt.speedColumn(), pt.duplexColumn()) : List.of();
            Survey s = Survey.read(snmp, id, which, ifColumns, ptColumns, call.trace());
            Response response = new Response();
            if (id.sysName() != null && !id.sysName().isEmpty()) {
                response.hostname(id.sysName());
            }
            for (SwitchPort p : s.ports()) {
                PortStatus oper = status(s.ifValue(IfMib.IF_OPER_STATUS, p));
                Port port = new Port(p.identity()).description(p.descr())
                        .adminStatus(status(s.ifValue(IfMib.IF_ADMIN_STATUS, p))).operStatus(oper);
                if (pt != null && p.portTableIndex() != null) {
                    port.speed(Profiles.meaning(pt.speeds(), s.portTableValue(pt.speedColumn(), p)))
                            .duplex(Profiles.meaning(pt.duplexes(), s.portTableValue(pt.duplexColumn(), p)));
                } else if (pt == null) {
                    // ifHighSpeed of a port without link is its best guess, not its speed
                    if (oper == PortStatus.ON) {
                        port.speed(Profiles.meaning(Profiles.HIGH_SPEEDS, s.ifValue(IfMib.IF_HIGH_SPEED, p)));
                    }
                    port.duplex(Profiles.meaning(Profiles.DOT3_DUPLEX, s.ifValue(IfMib.DOT3_STATS_DUPLEX_STATUS, p)));
                }
                response.add(port);
            }
            call.trace().line("status: " + s.ports().size() + " ports in " + snmp.requests() + " requests");
            return response;
        }
    }

    /** ifAdminStatus / ifOperStatus: up is on, down is off, anything else (testing, dormant...) unknown. */
    static PortStatus status(Variable v) {
        Integer i = SnmpValues.asInt(v);
        if (i == null) {
            return PortStatus.UNKNOWN;
        }
        return i == IfMib.UP ? PortStatus.ON : i == IfMib.DOWN ? PortStatus.OFF : PortStatus.UNKNOWN;
    }

    static Response portOn(Call call) throws HandlerException {
        return setAdmin(call, true);
    }

    static Response portOff(Call call) throws HandlerException {
        return setAdmin(call, false);
    }

    private static Response setAdmin(Call call, boolean on) throws HandlerException {
        int ifIndex = call.portNumber("an interface index");
        SwitchSettings.Ports which = ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            OID admin = instance(IfMib.IF_ADMIN_STATUS, ifIndex);
            String description = checkPort(snmp, ifIndex, which, admin);
            Variable back = snmp.setAndRead(admin, new Integer32(on ? IfMib.UP : IfMib.DOWN));
            Variable oper = snmp.get(instance(IfMib.IF_OPER_STATUS, ifIndex));
            call.trace().line("ifAdminStatus." + ifIndex + " read back: " + back);
            return Response.of(new Port(Integer.toString(ifIndex)).description(description)
                    .adminStatus(status(back)).operStatus(status(oper)));
        }
    }

    /**
     * Makes sure the port exists and, unless switch.ports=all, that it is a port a server hangs on
     * (switching off a VLAN interface or the switch's management port could cut the panel off).
     * Returns its ifDescr.
     */
    static String checkPort(SnmpClient snmp, int ifIndex, SwitchSettings.Ports which, OID mustExist)
            throws HandlerException {
        OID descr = instance(IfMib.IF_DESCR, ifIndex);
        OID type = instance(IfMib.IF_TYPE, ifIndex);
        Map<OID, Variable> got = snmp.get(List.of(descr, type, mustExist));
        if (!got.containsKey(mustExist) && !got.containsKey(descr)) {
            throw HandlerException.badData("the switch at " + snmp.address() + " has no port with identity "
                    + ifIndex + "; status lists the ports it has");
        }
        String description = SnmpValues.asText(got.get(descr));
        if (which == SwitchSettings.Ports.PHYSICAL) {
            PortKind kind = PortKind.of(SnmpValues.asInt(got.get(type)), description);
            boolean outsideBridge = (kind == PortKind.ASK_BRIDGE || kind == PortKind.MANAGEMENT)
                    && !Survey.bridgePortIfIndexes(snmp).contains(ifIndex);
            if (kind == PortKind.MANAGEMENT && outsideBridge) {
                throw HandlerException.badData("interface " + ifIndex + " (" + description + ") is the switch's own"
                        + " management port, not a port a server is cabled to; refusing to change it, which could cut"
                        + " the switch off its management network (switch.ports=all allows it)");
            }
            if (kind == PortKind.NOT_A_PORT || outsideBridge) {
                throw HandlerException.badData("interface " + ifIndex + " (" + description + ") is not a port"
                        + " a server is cabled to; refusing to change it (switch.ports=all allows it)");
            }
        }
        if (!got.containsKey(mustExist)) {
            throw HandlerException.badData("the switch at " + snmp.address() + " has no " + mustExist
                    + " for port " + ifIndex + " (" + description + ")");
        }
        return description;
    }

    static Response portSpeed(Call call) throws HandlerException {
        String wanted = call.portParams().speed();
        Speed speed = Speed.parse(wanted == null ? "" : wanted.trim()).orElseThrow(() -> HandlerException.badData(
                "port_speed needs port/speed: auto, auto10100, 10mbps, 100mbps, 1gbps or 10gbps"));
        return setPortTable(call, true, speed, null);
    }

    static Response portDuplex(Call call) throws HandlerException {
        String wanted = call.portParams().duplex();
        Duplex duplex = Duplex.parse(wanted == null ? "" : wanted.trim()).orElseThrow(() -> HandlerException.badData(
                "port_duplex needs port/duplex: auto, half or full"));
        return setPortTable(call, false, null, duplex);
    }

    /**
     * Sets speed or duplex in the vendor port table and answers the value read back. A switch
     * without such a table has no standard writable speed or duplex: an error, nothing sent.
     */
    private static Response setPortTable(Call call, boolean isSpeed, Speed speed, Duplex duplex) throws HandlerException {
        int ifIndex = call.portNumber("an interface index");
        SwitchSettings.Ports which = ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            SwitchIdentity id = SwitchIdentity.read(call, snmp);
            PortTable pt = id.profile().portTable();
            String what = isSpeed ? "speed" : "duplex";
            if (pt == null) {
                throw HandlerException.badData("the switch at " + snmp.address() + " (" + id.profile().name()
                        + ") has no writable port " + what + " object that dci-switch knows (such as CISCO-STACK-MIB"
                        + " portTable); nothing was changed");
            }
            String description = checkPort(snmp, ifIndex, which, instance(IfMib.IF_ADMIN_STATUS, ifIndex));
            OID row = portTableRow(snmp, pt, ifIndex);
            OID column = isSpeed ? pt.speedColumn() : pt.duplexColumn();
            Integer value = isSpeed ? pt.speedValue(speed) : pt.duplexValue(duplex);
            if (value == null) {
                throw HandlerException.badData(pt.mib() + " has no value for " + what + " "
                        + (isSpeed ? speed.wire() : duplex.wire()) + "; nothing was changed");
            }
            OID target = new OID(column).append(row);
            Variable back = snmp.setAndRead(target, new Integer32(value));
            Port port = new Port(Integer.toString(ifIndex)).description(description);
            if (isSpeed) {
                port.speed(Profiles.meaning(pt.speeds(), back));
            } else {
                port.duplex(Profiles.meaning(pt.duplexes(), back));
            }
            call.trace().line(what + " of port " + ifIndex + " read back: " + back);
            return Response.of(port);
        }
    }

    /** The port table index (module.port) of an ifIndex, by walking the mapping column. */
    static OID portTableRow(SnmpClient snmp, PortTable pt, int ifIndex) throws HandlerException {
        for (Map.Entry<OID, Variable> e : snmp.walk(List.of(pt.ifIndexColumn())).column(pt.ifIndexColumn()).entrySet()) {
            Integer i = SnmpValues.asInt(e.getValue());
            if (i != null && i == ifIndex) {
                return e.getKey();
            }
        }
        throw HandlerException.badData("port " + ifIndex + " has no row in " + pt.mib()
                + ", so its speed and duplex cannot be set there; nothing was changed");
    }


    static OID instance(OID column, int index) {
        return new OID(column).append(index);
    }
}
