package net.dcihandlers.pdu;

import net.dcihandlers.core.protocol.PortStatus;
import org.snmp4j.smi.OID;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a family of PDUs (or blade chassis) exposes its outlets. A profile is data: the columns to
 * read, what their values mean, the commands to write and what the device meters. The family of a
 * device is the first profile whose state column has rows on it, so a profile's state column is
 * also its probe.
 *
 * @param name     for traces and messages
 * @param columns  where the outlets' names and states are
 * @param states   state column value -> admin status; a value not listed reads as unknown
 * @param commands what to write to switch an outlet
 * @param metering where per-outlet power is, if anywhere
 */
record PduProfile(String name, Columns columns, Map<Integer, PortStatus> states, Commands commands, Metering metering) {

    /**
     * The outlet table's columns, all indexed by outlet (or slot) number.
     *
     * @param name    the outlet's user-given name
     * @param state   its power state
     * @param pending set while the device is still carrying out a command (null if none)
     * @param present set while something sits in the slot (null: outlets are always there)
     */
    record Columns(OID name, OID state, Flag pending, Flag present) {
    }

    /** A column that holds {@code value} while a condition holds. */
    record Flag(OID column, int value) {
        boolean isSet(Integer read) {
            return read != null && read == value;
        }
    }

    /** One value written to one column at the outlet's index. */
    record OutletCommand(String object, OID column, int value) {
        OID at(int outlet) {
            return new OID(column).append(outlet);
        }

        @Override
        public String toString() {
            return object + "=" + value;
        }
    }

    /**
     * @param on            switches the outlet on
     * @param off           switches it off
     * @param reset         power-cycles it
     * @param resetShowsOff whether the state reads off during a reset (an APC reboot keeps the
     *                      outlet off for its reboot duration), so that a reset is only done once
     *                      the outlet was seen off (or the command pending) and is on again
     */
    record Commands(OutletCommand on, OutletCommand off, OutletCommand reset, boolean resetShowsOff) {
    }

    /**
     * @param outletPower   the per-outlet power column, or null where the family has none
     * @param wattsPerUnit  what one unit of that column is in watts
     * @param otherwise     what the device meters instead, for the trace that says why outlets have no power
     */
    record Metering(OID outletPower, BigDecimal wattsPerUnit, String otherwise) {
    }

    PortStatus state(Integer value) {
        PortStatus s = value == null ? null : states.get(value);
        return s == null ? PortStatus.UNKNOWN : s;
    }
}
