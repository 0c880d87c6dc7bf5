package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The interfaces of a switch as IF-MIB describes them, and which of them are ports. */
final class Interfaces {
    private Interfaces() {
    }

    /** One interface's IF-MIB identity and state. */
    record Interface(int ifIndex, String descr, Integer type, PortStatus admin, PortStatus oper) {
    }

    /** What one status read found: the sysName and the interfaces, in ifIndex order. */
    record Reading(String sysName, List<Interface> interfaces) {
    }

    static Reading read(SnmpClient snmp) throws HandlerException {
        SnmpTable t = snmp.walk(List.of(IfMib.SYS_NAME),
                List.of(IfMib.IF_DESCR, IfMib.IF_TYPE, IfMib.IF_ADMIN_STATUS, IfMib.IF_OPER_STATUS));
        List<Interface> list = new ArrayList<>();
        for (OID index : t.indexes().keySet()) {
            Integer ifIndex = SnmpValues.singleIndex(index);
            if (ifIndex == null) {
                continue;
            }
            list.add(new Interface(ifIndex, SnmpValues.asText(t.get(IfMib.IF_DESCR, index)),
                    SnmpValues.asInt(t.get(IfMib.IF_TYPE, index)),
                    status(t.get(IfMib.IF_ADMIN_STATUS, index)), status(t.get(IfMib.IF_OPER_STATUS, index))));
        }
        return new Reading(SnmpValues.asText(t.scalar(IfMib.SYS_NAME)), list);
    }

    /** ifAdminStatus / ifOperStatus: up is on, down is off, anything else (testing, dormant...) unknown. */
    static PortStatus status(Variable v) {
        Integer i = SnmpValues.asInt(v);
        if (i == null) {
            return PortStatus.UNKNOWN;
        }
        return i == IfMib.UP ? PortStatus.ON : i == IfMib.DOWN ? PortStatus.OFF : PortStatus.UNKNOWN;
    }

    /**
     * Keeps the interfaces that are ports. Interfaces whose kind their type and name leave open are
     * settled by one more read: a bridge port is a port.
     */
    static List<Interface> ports(SnmpClient snmp, List<Interface> all, Trace trace) throws HandlerException {
        List<Interface> out = new ArrayList<>();
        List<Interface> undecided = new ArrayList<>();
        for (Interface i : all) {
            switch (PortKind.of(i.type(), i.descr())) {
                case PORT -> out.add(i);
                case ASK_BRIDGE -> undecided.add(i);
                default -> {
                }
            }
        }
        if (!undecided.isEmpty()) {
            Set<Integer> bridged = bridgePortIfIndexes(snmp);
            for (Interface i : undecided) {
                if (bridged.contains(i.ifIndex())) {
                    out.add(i);
                } else {
                    trace.line("interface " + i.ifIndex() + " (" + i.descr() + ") is virtual and not a bridge port: left out");
                }
            }
            out.sort(java.util.Comparator.comparingInt(Interface::ifIndex));
        }
        return out;
    }

    static Set<Integer> bridgePortIfIndexes(SnmpClient snmp) throws HandlerException {
        Set<Integer> s = new HashSet<>();
        for (Variable v : snmp.walk(List.of(IfMib.DOT1D_BASE_PORT_IF_INDEX)).column(IfMib.DOT1D_BASE_PORT_IF_INDEX).values()) {
            Integer i = SnmpValues.asInt(v);
            if (i != null) {
                s.add(i);
            }
        }
        return s;
    }
}
