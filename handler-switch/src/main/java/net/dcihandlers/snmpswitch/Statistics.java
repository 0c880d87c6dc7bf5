package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.core.snmp.SnmpVersion;
import net.dcihandlers.snmpswitch.Survey.SwitchPort;
import org.snmp4j.smi.OID;

import java.math.BigInteger;
import java.util.List;

/**
 * statistics: each port's traffic counters. Bytes are the 64-bit ifHCIn/OutOctets; packets the sum
 * of unicast, multicast and broadcast packets (ifHC*Pkts). Where the 64-bit counters are absent
 * (SNMP v1 has none, some ports lack them) the 32-bit IF-MIB counters stand in, port by port.
 */
final class Statistics {
    private Statistics() {
    }

    /** The counters of one direction: octets and the packet columns that add up to all packets. */
    record Direction(OID octets, OID ucast, OID mcast, OID bcast, OID nucast) {
        List<OID> columns() {
            return nucast == null ? List.of(octets, ucast, mcast, bcast) : List.of(octets, ucast, mcast, bcast, nucast);
        }
    }

    static final Direction HC_IN = new Direction(IfMib.IF_HC_IN_OCTETS, IfMib.IF_HC_IN_UCAST_PKTS,
            IfMib.IF_HC_IN_MULTICAST_PKTS, IfMib.IF_HC_IN_BROADCAST_PKTS, null);
    static final Direction HC_OUT = new Direction(IfMib.IF_HC_OUT_OCTETS, IfMib.IF_HC_OUT_UCAST_PKTS,
            IfMib.IF_HC_OUT_MULTICAST_PKTS, IfMib.IF_HC_OUT_BROADCAST_PKTS, null);
    static final Direction IN_32 = new Direction(IfMib.IF_IN_OCTETS, IfMib.IF_IN_UCAST_PKTS,
            IfMib.IF_IN_MULTICAST_PKTS, IfMib.IF_IN_BROADCAST_PKTS, IfMib.IF_IN_NUCAST_PKTS);
    static final Direction OUT_32 = new Direction(IfMib.IF_OUT_OCTETS, IfMib.IF_OUT_UCAST_PKTS,
            IfMib.IF_OUT_MULTICAST_PKTS, IfMib.IF_OUT_BROADCAST_PKTS, IfMib.IF_OUT_NUCAST_PKTS);

    static Response statistics(Call call) throws HandlerException {
        SwitchSettings.Ports which = SwitchFunctions.ports(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            SwitchIdentity id = SwitchIdentity.read(snmp, call.trace());
            boolean hc = snmp.version() != SnmpVersion.V1;
            List<OID> columns = new java.util.ArrayList<>();
            for (Direction d : hc ? List.of(HC_IN, HC_OUT) : List.of(IN_32, OUT_32)) {
                columns.addAll(d.columns());
            }
            Survey s = Survey.read(snmp, id, which, columns, List.of(), call.trace());
            Survey fallback = null;
            if (hc && s.ports().stream().anyMatch(p -> s.ifValue(IfMib.IF_HC_IN_OCTETS, p) == null
                    || s.ifValue(IfMib.IF_HC_OUT_OCTETS, p) == null)) {
                call.trace().line("some ports have no 64-bit counters: reading the 32-bit ones too");
                List<OID> c32 = new java.util.ArrayList<>(IN_32.columns());
                c32.addAll(OUT_32.columns());
                fallback = Survey.read(snmp, id, which, c32, List.of(), call.trace());
            }
            Response response = new Response();
            for (SwitchPort p : s.ports()) {
                Port port = new Port(p.identity());
                boolean in64 = hc && s.ifValue(IfMib.IF_HC_IN_OCTETS, p) != null;
                boolean out64 = hc && s.ifValue(IfMib.IF_HC_OUT_OCTETS, p) != null;
                Survey inSurvey = in64 || fallback == null ? s : fallback;
                Survey outSurvey = out64 || fallback == null ? s : fallback;
                Direction in = in64 ? HC_IN : IN_32;
                Direction out = out64 ? HC_OUT : OUT_32;
                port.rxBytes(SnmpValues.asUnsigned(inSurvey.ifValue(in.octets(), p)))
                        .txBytes(SnmpValues.asUnsigned(outSurvey.ifValue(out.octets(), p)))
                        .rxPackets(packets(inSurvey, in, p))
                        .txPackets(packets(outSurvey, out, p));
                response.add(port);
            }
            call.trace().line("statistics: " + s.ports().size() + " ports in " + snmp.requests() + " requests");
            return response;
        }
    }

    /**
     * Unicast plus multicast plus broadcast packets; where the multicast and broadcast counters are
     * missing, the older non-unicast counter; without a unicast counter, nothing.
     */
    static BigInteger packets(Survey s, Direction d, SwitchPort p) {
        BigInteger ucast = SnmpValues.asUnsigned(s.ifValue(d.ucast(), p));
        if (ucast == null) {
            return null;
        }
        BigInteger mcast = SnmpValues.asUnsigned(s.ifValue(d.mcast(), p));
        BigInteger bcast = SnmpValues.asUnsigned(s.ifValue(d.bcast(), p));
        if (mcast != null && bcast != null) {
            return ucast.add(mcast).add(bcast);
        }
        BigInteger nucast = d.nucast() == null ? null : SnmpValues.asUnsigned(s.ifValue(d.nucast(), p));
        return nucast != null ? ucast.add(nucast) : ucast.add(mcast == null ? BigInteger.ZERO : mcast)
                .add(bcast == null ? BigInteger.ZERO : bcast);
    }
}
