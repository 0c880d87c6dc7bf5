package net.dcihandlers.ipmi;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.tool.ToolRun;

import java.util.stream.Collectors;

/** The functions of dci-ipmi. Every answer is the power state read back from the BMC. */
final class PowerFunctions {
    /** The one port DCImanager knows an IPMI device by. */
    static final String PORT = "power";
    /** Pause between reads while a BMC applies a power change, which it does in its own time. */
    static final long POLL_PAUSE_MS = 500;
    /** Time a read of the state needs at the least; with less left, waiting on is pointless. */
    static final long MIN_READ_MS = 300;

    private PowerFunctions() {
    }

    static Response status(Call call) throws HandlerException {
        return answer(open(call).power());
    }

    static Response portOn(Call call) throws HandlerException {
        return switchTo(call, open(call), PowerCommand.ON, PowerState.ON);
    }

    static Response portOff(Call call) throws HandlerException {
        return switchTo(call, open(call), PowerCommand.OFF, PowerState.OFF);
    }

    /** Resets a running server; a stopped one has nothing to reset, so it is powered on. */
    static Response portReset(Call call) throws HandlerException {
        Chassis chassis = open(call);
        PowerCommand command = chassis.power() == PowerState.ON ? PowerCommand.RESET : PowerCommand.ON;
        return switchTo(call, chassis, command, PowerState.ON);
    }

    /**
     * Sends the command and waits for the state. While its outcome is unknown the call's state
     * says so, so that an error at the deadline or on a signal does not read as "nothing happened"
     * when the server may still go off.
     */
    private static Response switchTo(Call call, Chassis chassis, PowerCommand command, PowerState wanted)
            throws HandlerException {
        String bmc = "the BMC at " + chassis.login().address();
        String sent = "the " + command.noun() + " command was sent to " + bmc + "; the BMC did not confirm it";
        call.state().unconfirmed(sent);
        try {
            chassis.send(command);
        } catch (HandlerException e) {
            if (!ToolRun.unfinished(e)) {
                call.state().settled();
                throw e;
            }
            throw new HandlerException(e.type(), sent + ", so the power may still change: ask for the status before"
                    + " trying again (" + e.getMessage() + ")", e);
        }
        call.state().unconfirmed(bmc + " accepted the " + command.noun() + " command; the power was not yet seen "
                + wanted.word());
        PowerState reached = awaitState(chassis, command, wanted, call.deadline());
        call.state().settled();
        return answer(reached);
    }

    /**
     * Reads the state until it is the wanted one. A read stopped at the deadline (a BMC slow to
     * answer) ends the wait like the deadline itself: the command was accepted, the state not
     * seen yet.
     */
    private static PowerState awaitState(Chassis chassis, PowerCommand command, PowerState wanted, Deadline deadline)
            throws HandlerException {
        PowerState now = null;
        while (true) {
            try {
                now = chassis.power();
            } catch (HandlerException e) {
                if (!ToolRun.unfinished(e)) {
                    throw e;
                }
                throw notReached(chassis, command, wanted, now);
            }
            if (now == wanted) {
                return now;
            }
            if (deadline.remainingMillis() < POLL_PAUSE_MS + MIN_READ_MS) {
                throw notReached(chassis, command, wanted, now);
            }
            try {
                Thread.sleep(POLL_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HandlerException.connection("interrupted while waiting for the power to be " + wanted.word());
            }
        }
    }

    private static HandlerException notReached(Chassis chassis, PowerCommand command, PowerState wanted,
                                               PowerState lastRead) {
        return HandlerException.badData("the BMC at " + chassis.login().address() + " accepted '"
                + command.text() + "', but the power was not " + wanted.word() + " by the deadline ("
                + CoreSettings.DEADLINE_MS.key() + "); last read: " + (lastRead == null ? "none finished" : lastRead.word())
                + ". Ask for the status again later, or raise " + CoreSettings.DEADLINE_MS.key());
    }

    private static Chassis open(Call call) throws HandlerException {
        String identity = call.portParams().identity();
        if (identity != null && !identity.isBlank() && !identity.trim().equals(PORT)) {
            throw HandlerException.badData("an IPMI device has one port, '" + PORT + "'; the request names port '"
                    + net.dcihandlers.core.protocol.XmlText.excerpt(identity.trim(), 40) + "'");
        }
        BmcLogin login = BmcLogin.of(call);
        IpmiConfig config = IpmiConfig.from(call.config());
        call.trace().line("ipmitool " + config.tool() + ", trying " + config.interfaces().candidates().stream()
                .map(IpmiInterface::label).collect(Collectors.joining(" then "))
                + ", cipher suite " + (config.cipherSuite().isPresent() ? config.cipherSuite().getAsInt() : "ipmitool's choice"));
        return new Chassis(new Ipmitool(config, login, call.trace()), config.interfaces().candidates(),
                call.deadline(), call.trace());
    }

    private static Response answer(PowerState state) {
        return Response.of(new Port(PORT).adminStatus(state.status()));
    }
}
