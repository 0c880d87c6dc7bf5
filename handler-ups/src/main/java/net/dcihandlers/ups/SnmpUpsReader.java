package net.dcihandlers.ups;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.ups.SnmpUpsProfile.AlarmSign;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Reads a UPS over SNMP with whichever profile fits it: one GET of every profile's probes, then
 * the chosen profile's scalars and line columns together in one walk (one GETBULK with the scalars
 * as non-repeaters, or GETNEXTs with SNMP v1).
 */
final class SnmpUpsReader {
    /** More lines than any UPS has: a row beyond this is not a line. */
    static final int MAX_LINES = 16;

    private final SnmpClient snmp;
    private final Trace trace;

    SnmpUpsReader(SnmpClient snmp, Trace trace) {
        this.snmp = snmp;
        this.trace = trace;
    }

    UpsState read() throws HandlerException {
        Map<OID, Variable> probed = snmp.get(SnmpProfiles.probes());
        SnmpUpsProfile profile = SnmpProfiles.select(probed.keySet()).orElseThrow(() -> HandlerException.badData(
                "the device at " + snmp.address() + " has neither the UPS-MIB (RFC 1628) nor APC PowerNet UPS"
                        + " objects: check that it is a UPS and that the community or user may read them"));
        trace.line("UPS read with the " + profile.name() + " profile");
        return new Reading(profile, snmp.walk(profile.scalars(), profile.columns())).state();
    }

    /** The values of one reading, and how the profile turns them into a {@link UpsState}. */
    private final class Reading {
        private final SnmpUpsProfile profile;
        private final SnmpTable table;

        Reading(SnmpUpsProfile profile, SnmpTable table) {
            this.profile = profile;
            this.table = table;
        }

        UpsState state() {
            PowerSource source = enumValue(profile.source(), profile.sources(), PowerSource.UNKNOWN);
            BatteryState battery = enumValue(profile.battery(), profile.batteries(), BatteryState.UNKNOWN);
            List<String> alarms = new ArrayList<>();
            for (AlarmSign sign : profile.alarms()) {
                Integer v = integer(sign.where());
                if (v != null && v >= sign.raisedFrom()) {
                    alarms.add(sign.meaning() + " (" + sign.where().object() + " " + v + ")");
                }
            }
            Map<Quantity, Lines> lines = new EnumMap<>(Quantity.class);
            for (Map.Entry<Quantity, List<MibNumber>> q : profile.quantities().entrySet()) {
                Lines l = lines(q.getKey(), q.getValue());
                if (l != null) {
                    lines.put(q.getKey(), l);
                }
            }
            BigDecimal runtime = null;
            for (MibNumber n : profile.runtime()) {
                runtime = number(n, scalar(n.oid()));
                if (runtime != null) {
                    break;
                }
            }
            return new UpsState(source, battery, alarms, lines, runtime);
        }

        private <E extends Enum<E>> E enumValue(MibNumber where, Map<Integer, E> values, E unknown) {
            Integer v = integer(where);
            if (v == null) {
                trace.line(where.object() + " not given");
                return unknown;
            }
            E e = values.get(v);
            if (e == null) {
                trace.line(where.object() + " " + v + " is not a value dci-ups knows; taken as " + unknown);
                return unknown;
            }
            return e;
        }

        /** The first of the alternatives the UPS has, over the lines of its side. */
        private Lines lines(Quantity quantity, List<MibNumber> alternatives) {
            for (MibNumber n : alternatives) {
                NavigableMap<Integer, BigDecimal> byLine = new java.util.TreeMap<>();
                if (n.column()) {
                    for (Map.Entry<OID, Variable> cell : table.column(n.oid()).entrySet()) {
                        Integer line = SnmpValues.singleIndex(cell.getKey());
                        BigDecimal v = number(n, cell.getValue());
                        if (line != null && line >= 1 && line <= MAX_LINES && v != null) {
                            byLine.put(line, v);
                        }
                    }
                } else {
                    BigDecimal v = number(n, scalar(n.oid()));
                    if (v != null) {
                        byLine.put(1, v);
                    }
                }
                if (byLine.isEmpty()) {
                    continue;
                }
                int count = byLine.lastKey();
                MibNumber counter = profile.lineCount(quantity);
                Integer said = counter == null ? null : integer(counter);
                if (said != null && said > count && said <= MAX_LINES) {
                    // the UPS has lines it gives no value for: they stay, empty, so nothing is combined wrongly
                    count = said;
                }
                List<BigDecimal> values = new ArrayList<>(Collections.nCopies(count, (BigDecimal) null));
                byLine.forEach((line, v) -> values.set(line - 1, v));
                trace.line(quantity.param() + " from " + n.object() + ": " + values);
                return new Lines(values);
            }
            return null;
        }

        private Variable scalar(OID oid) {
            return table.scalar(oid);
        }

        private Integer integer(MibNumber n) {
            return SnmpValues.asInt(scalar(n.oid()));
        }

        /** A value in the panel's unit; absent when missing, of a wrong type, or negative (no quantity here is). */
        private BigDecimal number(MibNumber n, Variable v) {
            if (v == null) {
                return null;
            }
            Integer i = SnmpValues.asInt(v);
            if (i == null || i < 0) {
                trace.line(n.object() + " = " + v + " (" + v.getSyntaxString() + ") is not a usable number; left out");
                return null;
            }
            return BigDecimal.valueOf(i).divide(n.divisor(), MathContext.DECIMAL64);
        }
    }
}
