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
 * of unicast, multicast and broadcast packets (ifHC*Pkts). Where a port lacks 64-bit counters
 * (SNMP v1 has none; RFC 2863 lets a port under 650 Mbit/s have 64-bit octet counters with 32-bit
 * packet counters, and one of 20 Mbit/s or less none at all), the 32-bit IF-MIB counters stand
 * in, port by port and for octets and packets separately.
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
            SwitchIdentity id = SwitchIdentity.read(call, snmp);
            boolean hc = snmp.version() != SnmpVersion.V1;
            List<OID> columns = new java.util.ArrayList<>();
            for (Direction d : hc ? List.of(HC_IN, HC_OUT) : List.of(IN_32, OUT_32)) {
                columns.addAll(d.columns());
            }
            Survey s = Survey.read(snmp, id, which, columns, List.of(), call.trace());
            // the 32-bit counters: those read already with v1, else read only if some port needs them
            Survey s32 = hc ? null : s;
            if (hc && s.ports().stream().anyMatch(p -> !complete(s, HC_IN, p) || !complete(s, HC_OUT, p))) {
                call.trace().line("some ports lack 64-bit counters: reading the 32-bit ones too");
                List<OID> c32 = new java.util.ArrayList<>(IN_32.columns());
                c32.addAll(OUT_32.columns());
                s32 = s.with(snmp, c32);
            }
            Direction hcIn = hc ? HC_IN : null;
            Direction hcOut = hc ? HC_OUT : null;
            Response response = new Response();
            for (SwitchPort p : s.ports()) {
                response.add(new Port(p.identity())
                        .rxBytes(octets(s, hcIn, s32, IN_32, p))
                        .txBytes(octets(s, hcOut, s32, OUT_32, p))
                        .rxPackets(packets(s, hcIn, s32, IN_32, p))
                        .txPackets(packets(s, hcOut, s32, OUT_32, p)));
            }
            call.trace().line("statistics: " + s.ports().size() + " ports in " + snmp.requests() + " requests");
            return response;
        }
    }

    /** Whether the port has the direction's octet counter and all three of its packet counters. */
    static boolean complete(Survey s, Direction d, SwitchPort p) {
        return s.ifValue(d.octets(), p) != null && s.ifValue(d.ucast(), p) != null
                && s.ifValue(d.mcast(), p) != null && s.ifValue(d.bcast(), p) != null;
    }

    /** The 64-bit octet counter where the port has it, else the 32-bit one; null without either. */
    static BigInteger octets(Survey hcSurvey, Direction hc, Survey s32, Direction d32, SwitchPort p) {
        BigInteger v = hc == null ? null : SnmpValues.asUnsigned(hcSurvey.ifValue(hc.octets(), p));
        return v != null || s32 == null ? v : SnmpValues.asUnsigned(s32.ifValue(d32.octets(), p));
    }

    /**
     * Unicast plus multicast plus broadcast packets: from the 64-bit counters where the port has
     * all three (adding counters of different widths would mix a wrapped and an unwrapped count),
     * else from the 32-bit ones.
     */
    static BigInteger packets(Survey hcSurvey, Direction hc, Survey s32, Direction d32, SwitchPort p) {
        if (hc != null) {
            BigInteger ucast = SnmpValues.asUnsigned(hcSurvey.ifValue(hc.ucast(), p));
            BigInteger mcast = SnmpValues.asUnsigned(hcSurvey.ifValue(hc.mcast(), p));
            BigInteger bcast = SnmpValues.asUnsigned(hcSurvey.ifValue(hc.bcast(), p));
            if (ucast != null && mcast != null && bcast != null) {
                return ucast.add(mcast).add(bcast);
            }
        }
        return s32 == null ? null : packets32(s32, d32, p);
    }

    /**
     * The 32-bit packet counters: ifIn/OutUcastPkts plus ifXTable's multicast and broadcast ones;
     * where those are missing, the older non-unicast counter; without a unicast counter, nothing.
     */
    static BigInteger packets32(Survey s, Direction d, SwitchPort p) {
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
