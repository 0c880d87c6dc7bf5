package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
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
 * SET the outlet is read until it is in the wanted state with no command pending, or until
 * pdu.power.timeout.ms (within the call's deadline) has passed; the answer is the state read back,
 * and an outlet that never got there is an error, never a claimed change.
 */
final class OutletSwitching {
    /** What DCImanager asked for. */
    enum Order { ON, OFF, RESET }

    /** Time a read of the state needs at the least; with less left, waiting on is pointless. */
    static final long MIN_READ_MS = 300;

    /** One read of an outlet's row. */
    private record Reading(String name, PortStatus state, boolean pending, boolean present) {
        String describe() {
            return state.wire() + (pending ? ", command still pending" : "");
        }
    }

    private OutletSwitching() {
    }

    static Response run(Call call, Order order) throws HandlerException {
        int outlet = call.portNumber("an outlet number");
        PduSettings settings = PduSettings.of(call);
        try (SnmpClient snmp = SnmpClient.open(call)) {
            PduIdentity id = PduIdentity.read(snmp, call.trace());
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
            snmp.set(command.at(outlet), new Integer32(command.value()));
            Reading after = await(snmp, id, outlet, command, wanted, mustSeeCycle, settings, call.deadline(),
                    call.trace());
            return Response.of(new Port(Integer.toString(outlet)).description(after.name()).adminStatus(after.state()));
        }
    }

    /**
     * Reads the outlet until it is in the wanted state with no command pending (and, for a reset
     * that shows, after it was seen off or pending), or the time allowed is up.
     */
    private static Reading await(SnmpClient snmp, PduIdentity id, int outlet, OutletCommand command,
                                 PortStatus wanted, boolean mustSeeCycle, PduSettings settings, Deadline deadline,
                                 Trace trace) throws HandlerException {
        long start = System.nanoTime();
        long allowedMs = Math.min(settings.timeoutMs(), deadline.remainingMillis() - MIN_READ_MS);
        boolean cycled = false;
        int reads = 0;
        while (true) {
            Reading now = read(snmp, id.profile(), outlet);
            reads++;
            if (now == null) {
                throw HandlerException.badData(id.describe(snmp) + " accepted " + command + " for outlet " + outlet
                        + " but no longer shows that outlet");
            }
            cycled |= now.state() == PortStatus.OFF || now.pending();
            if (now.state() == wanted && !now.pending() && (!mustSeeCycle || cycled)) {
                trace.line("outlet " + outlet + " is " + now.describe() + " after " + reads + " reads");
                return now;
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000L;
            if (elapsedMs + settings.pollPauseMs() > allowedMs) {
                throw HandlerException.badData(id.describe(snmp) + " accepted " + command + " for outlet " + outlet
                        + " (" + now.name() + "), but after " + elapsedMs + " ms it reads " + now.describe()
                        + (mustSeeCycle && !cycled ? " and was never seen off" : "") + ", not " + wanted.wire()
                        + ". The change is not confirmed: ask for the status again later, or allow more time ("
                        + PduSettings.POWER_TIMEOUT_MS.key() + ", " + CoreSettings.DEADLINE_MS.key() + ")");
            }
            try {
                Thread.sleep(settings.pollPauseMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HandlerException.connection("interrupted while waiting for outlet " + outlet + " to be "
                        + wanted.wire());
            }
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
                present == null || c.present().isSet(SnmpValues.asInt(got.get(present))));
    }

    private static OID instance(OID column, int outlet) {
        return new OID(column).append(outlet);
    }

}
