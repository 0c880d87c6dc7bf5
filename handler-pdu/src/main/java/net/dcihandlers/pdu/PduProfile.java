package net.dcihandlers.pdu;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.snmp.profile.MibObject;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileLine;
import org.snmp4j.smi.OID;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * How a family of PDUs (or blade chassis) exposes its outlets, as its profile file declares it
 * (src/main/resources/profiles/dci-pdu/): the columns to read, what their values mean, the commands
 * to write and what the device meters. A profile's probe is its state column: a device is of the
 * first family whose outlet table has rows on it.
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

    /** What dci-pdu reads of a profile file's profile; see the built-in files for examples. */
    static PduProfile from(Profile p) throws HandlerException {
        MibObject state = p.required("outlet-state").object(0);
        ProfileLine pending = p.line("outlet-pending");
        ProfileLine present = p.line("outlet-present");
        ProfileLine watts = p.line("outlet-watts");
        MibObject power = watts == null ? null : watts.object(0);
        PduProfile profile = new PduProfile(p.name(),
                new Columns(p.required("outlet-name").object(0).oid(), state.oid(), flag(pending), flag(present)),
                Profile.values(state, WORDS::get, "on, off or unknown"),
                new Commands(command(p.required("switch-on")), command(p.required("switch-off")),
                        command(p.required("switch-reset")),
                        p.required("reset-shows-off").word(0, YES_NO::get, "yes or no")),
                new Metering(power == null ? null : power.oid(),
                        power == null ? null : BigDecimal.ONE.divide(power.divisor(), MathContext.DECIMAL64),
                        p.required("not-metered").rest(0)));
        p.done();
        return profile;
    }

    private static final Map<String, PortStatus> WORDS = Map.of("on", PortStatus.ON, "off", PortStatus.OFF,
            "unknown", PortStatus.UNKNOWN);
    private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "no", false);

    private static Flag flag(ProfileLine l) throws HandlerException {
        if (l == null) {
            return null;
        }
        l.noMoreThan(2);
        return new Flag(l.object(0).oid(), l.integer(1));
    }

    private static OutletCommand command(ProfileLine l) throws HandlerException {
        l.noMoreThan(2);
        return new OutletCommand(l.object(0).name(), l.object(0).oid(), l.integer(1));
    }

    PortStatus state(Integer value) {
        PortStatus s = value == null ? null : states.get(value);
        return s == null ? PortStatus.UNKNOWN : s;
    }
}
