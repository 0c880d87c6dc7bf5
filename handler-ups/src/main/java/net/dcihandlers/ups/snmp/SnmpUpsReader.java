package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.DeviceIdentity;
import net.dcihandlers.core.snmp.profile.Families;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.ups.BatteryState;
import net.dcihandlers.ups.Lines;
import net.dcihandlers.ups.PowerSource;
import net.dcihandlers.ups.Quantity;
import net.dcihandlers.ups.UpsState;
import net.dcihandlers.ups.snmp.SnmpUpsProfile.AlarmSign;
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
 * Reads a UPS over SNMP with whichever profile fits it: one GETNEXT of every profile's probes, then
 * the chosen profile's scalars and line columns together in one walk (one GETBULK with the scalars
 * as non-repeaters, or GETNEXTs with SNMP v1).
 */
final class SnmpUpsReader {
    /** More lines than any UPS has: a row beyond this is not a line. */
    static final int MAX_LINES = 16;

    private final Call call;
    private final SnmpClient snmp;
    private final Trace trace;

    SnmpUpsReader(Call call, SnmpClient snmp) {
        this.call = call;
        this.snmp = snmp;
        this.trace = call.trace();
    }

    UpsState read() throws HandlerException {
        Families<SnmpUpsProfile> profiles = SnmpProfiles.load(call);
        DeviceIdentity id = DeviceIdentity.read(snmp, profiles.set());
        SnmpUpsProfile profile = profiles.of(id);
        if (profile == null) {
            throw HandlerException.badData("the device at " + snmp.address() + " has the objects of none of the UPS"
                    + " families dci-ups knows (" + DeviceIdentity.families(profiles.set()) + "): check that it is"
                    + " a UPS and that the community or user may read them");
        }
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

        /**
         * The quantity over the lines of its side: the first alternative that gives every line, else
         * the first that gives some (so that what is there is shown, and a combination is refused).
         */
        private Lines lines(Quantity quantity, List<MibNumber> alternatives) {
            Integer stated = statedLines(quantity);
            Lines partial = null;
            String partialFrom = null;
            for (MibNumber n : alternatives) {
                Lines l = switch (n.shape()) {
                    case LINE_COLUMN, PHASE_COLUMN -> columnLines(quantity, n, stated);
                    case LINE_ONE, WHOLE_UNIT -> scalarLine(quantity, n, stated);
                };
                if (l == null || l.isEmpty()) {
                    continue;
                }
                if (l.complete()) {
                    if (partial != null) {
                        trace.line(quantity.param() + ": " + partialFrom + " leaves lines out " + partial.values()
                                + "; " + n.object() + " gives " + l.values());
                    }
                    trace.line(quantity.param() + " from " + n.object() + ": " + l.values());
                    return l;
                }
                if (partial == null) {
                    partial = l;
                    partialFrom = n.object();
                }
            }
            if (partial != null) {
                trace.line(quantity.param() + " from " + partialFrom + ": " + partial.values()
                        + " (no object gives every line)");
            }
            return partial;
        }

        /**
         * The number of lines the UPS states for the side of a quantity, or null where it states none
         * (or a number no UPS has).
         */
        private Integer statedLines(Quantity quantity) {
            for (MibNumber counter : profile.lineCount(quantity)) {
                Integer said = integer(counter);
                if (said == null) {
                    continue;
                }
                if (said >= 1 && said <= MAX_LINES) {
                    return said;
                }
                trace.line(counter.object() + " " + said + " is not a number of lines; the rows decide");
                return null;
            }
            return null;
        }

        /**
         * A column's values by line. Where the UPS states its number of lines, that number decides:
         * rows beyond it are not lines (a Phoenixtec-made UPS stating one line answers three rows, the
         * last two zeros) and lines without a row stay empty; otherwise the rows decide.
         */
        private Lines columnLines(Quantity quantity, MibNumber n, Integer stated) {
            NavigableMap<Integer, BigDecimal> byLine = new java.util.TreeMap<>();
            for (Map.Entry<OID, Variable> cell : table.column(n.oid()).entrySet()) {
                Integer line = lineOf(n, cell.getKey());
                if (line == null || line < 1 || line > MAX_LINES) {
                    continue;
                }
                BigDecimal v = number(n, cell.getValue());
                if (v != null) {
                    byLine.put(line, v);
                }
            }
            if (byLine.isEmpty()) {
                return null;
            }
            int count = stated != null ? stated : byLine.lastKey();
            NavigableMap<Integer, BigDecimal> beyond = byLine.tailMap(count, false);
            if (!beyond.isEmpty()) {
                trace.line(n.object() + " rows " + beyond.keySet() + " " + beyond.values() + " ignored: the UPS states "
                        + count + (count == 1 ? " line" : " lines") + " on its " + side(quantity));
            }
            List<BigDecimal> values = new ArrayList<>(Collections.nCopies(count, (BigDecimal) null));
            byLine.headMap(count, true).forEach((line, v) -> values.set(line - 1, v));
            return new Lines(values);
        }

        /** The line a row stands for: its index, or in a phase table of the main input or output, its phase. */
        private Integer lineOf(MibNumber n, OID index) {
            if (n.shape() == MibNumber.Shape.LINE_COLUMN) {
                return SnmpValues.singleIndex(index);
            }
            return index.size() >= 2 && index.get(0) == 1 ? index.last() : null;
        }

        /** A scalar as the value of its side, where its shape fits the number of lines the UPS states. */
        private Lines scalarLine(Quantity quantity, MibNumber n, Integer stated) {
            BigDecimal v = number(n, scalar(n.oid()));
            if (v == null) {
                return null;
            }
            if (n.shape() == MibNumber.Shape.LINE_ONE && stated != null && stated != 1) {
                trace.line(n.object() + " " + v + " describes a single line; the UPS states " + stated + " lines on its "
                        + side(quantity) + ": not used");
                return null;
            }
            if (n.shape() == MibNumber.Shape.WHOLE_UNIT && stated != null && stated == 2) {
                trace.line(n.object() + " " + v + " is for the whole UPS, which has two " + side(quantity)
                        + " lines A and B: not used for either");
                return null;
            }
            return Lines.single(v);
        }

        private String side(Quantity quantity) {
            return quantity.input() ? "input" : "output";
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
