package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.power.PowerSwitch;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.pdu.PduProfile.Columns;
import net.dcihandlers.pdu.PduProfile.OutletCommand;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * port_on, port_off and port_reset of dci-pdu. A PDU carries a command out in its own time (APC:
 * after the outlet's power-on delay; a reboot keeps it off for the reboot duration), so after the
 * SET the outlet is read, through the handlers' one {@link PowerSwitch}, until it is in the wanted
 * state with no command pending, or until pdu.power.timeout.ms (within the call's deadline) has
 * passed; the answer is the state read back, and an outlet that never got there is an error, never
 * a claimed change.
 */
final class OutletSwitching {
    /** What DCImanager asked for. */
    enum Order { ON, OFF, RESET }

    /**
     * One read of an outlet's row.
     *
     * @param cycleUnseen a reset's outlet not yet seen off (or pending) since the command, where the
     *                    family shows a reset that way
     */
    private record Reading(String name, PortStatus state, boolean pending, boolean present, boolean cycleUnseen) {
        String describe() {
            return state.wire() + (pending ? ", command still pending" : "")
                    + (cycleUnseen ? ", never seen off since the command" : "");
        }

        Reading cycleNotSeen() {
            return new Reading(name, state, pending, present, true);
        }
    }

    private OutletSwitching() {
    }

    static Response run(Call call, Order order) throws HandlerException {
        int outlet = call.portNumber("an outlet number");
        PduSettings settings = PduSettings.of(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            PduIdentity id = PduIdentity.read(call, snmp);
            PduProfile profile = id.profile();
            Reading before = read(snmp, profile, outlet);
            if (before == null) {
                throw HandlerException.badData(id.describe(snmp) + " has no outlet " + outlet
                        + "; status lists the outlets it has. Nothing was sent");
            }
            if (!before.present()) {
                throw HandlerException.badData("slot " + outlet + " of " + id.describe(snmp)
                        + " is empty: there is no blade to switch. Nothing was sent");
            }
            OutletCommand command;
            PortStatus wanted = order == Order.OFF ? PortStatus.OFF : PortStatus.ON;
            boolean mustSeeCycle = false;
            switch (order) {
                case ON -> command = profile.commands().on();
                case OFF -> command = profile.commands().off();
                default -> {
                    if (before.state() == PortStatus.ON) {
                        command = profile.commands().reset();
                        mustSeeCycle = profile.commands().resetShowsOff();
                    } else {
                        // nothing runs there to reset: power it on, as a reset of a stopped server does
                        call.trace().line("outlet " + outlet + " is " + before.state().wire() + ": reset powers it on");
                        command = profile.commands().on();
                    }
                }
            }
            call.trace().line("outlet " + outlet + " (" + before.name() + ") is " + before.describe() + "; sending "
                    + command);
            String quoted = command.object() + "." + outlet + "=" + command.value();
            boolean[] cycled = {!mustSeeCycle};
            PowerSwitch<Reading> power = new PowerSwitch<>(call, id.describe(snmp), "the PDU", Reading::describe);
            Reading after = power.apply(order == Order.RESET ? "reset" : "power-" + wanted.wire(), quoted,
                    wanted.wire(), () -> snmp.set(command.at(outlet), new Integer32(command.value())), () -> {
                        Reading now = read(snmp, profile, outlet);
                        if (now == null) {
                            throw HandlerException.badData(id.describe(snmp) + " accepted " + quoted
                                    + " but no longer shows outlet " + outlet);
                        }
                        cycled[0] |= now.state() == PortStatus.OFF || now.pending();
                        return cycled[0] ? now : now.cycleNotSeen();
                    },
                    new PowerSwitch.Settling<>(r -> r.state() == wanted && !r.pending() && !r.cycleUnseen(),
                            settings.timeoutMs(), settings.pollPauseMs(),
                            PduSettings.POWER_TIMEOUT_MS.key() + ", " + CoreSettings.DEADLINE_MS.key()));
            return Response.of(new Port(Integer.toString(outlet)).description(after.name()).adminStatus(after.state()));
        }
    }

    /** The outlet's row in one GET, or null if the device has no such outlet. */
    private static Reading read(SnmpClient snmp, PduProfile profile, int outlet) throws HandlerException {
        Columns c = profile.columns();
        OID name = instance(c.name(), outlet);
        OID state = instance(c.state(), outlet);
        List<OID> ask = new ArrayList<>(List.of(name, state));
        OID pending = c.pending() == null ? null : instance(c.pending().column(), outlet);
        OID present = c.present() == null ? null : instance(c.present().column(), outlet);
        if (pending != null) {
            ask.add(pending);
        }
        if (present != null) {
            ask.add(present);
        }
        Map<OID, Variable> got = snmp.get(ask);
        if (!got.containsKey(state)) {
            return null;
        }
        return new Reading(SnmpValues.asText(got.get(name)), profile.state(SnmpValues.asInt(got.get(state))),
                pending != null && c.pending().isSet(SnmpValues.asInt(got.get(pending))),
                present == null || c.present().isSet(SnmpValues.asInt(got.get(present))), false);
    }

    private static OID instance(OID column, int outlet) {
        return new OID(column).append(outlet);
    }

}
