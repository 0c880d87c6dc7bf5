package net.dcihandlers.core.power;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CallState;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.tool.ToolRun;

import java.util.function.Function;

/**
 * Switching power the way every handler does it: send the command, then read the state back until
 * it holds or the deadline comes. While the outcome is unknown the call's {@link CallState} says
 * so, in one wording for every handler, so that an error at the deadline or on a signal never reads
 * as "nothing happened" when the device may still carry the change out:
 * <ul>
 * <li>"the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not confirm it"
 *     (sent, not confirmed: the power may still change),</li>
 * <li>"the power-off command was not sent: ..." ({@link #notSent}: no session, no tool, refused
 *     before it went out).</li>
 * </ul>
 *
 * @param <S> the device's power state
 */
public final class PowerSwitch<S> {
    /** Pause between reads while a device applies a power change, which it does in its own time. */
    public static final long POLL_PAUSE_MS = 500;
    /** Time a read of the state needs at the least; with less left, waiting on is pointless. */
    public static final long MIN_READ_MS = 300;

    /** Reads the power state from the device. */
    @FunctionalInterface
    public interface Reader<S> {
        S read() throws HandlerException;
    }

    /** Sends the command to the device. */
    @FunctionalInterface
    public interface Sender {
        void send() throws HandlerException;
    }

    /**
     * A request whose answer never came (cut at its time limit): the command may or may not have
     * reached the device, unlike one that could not be sent at all.
     */
    public static final class Unfinished extends HandlerException {
        public Unfinished(String message, Throwable cause) {
            super(ErrorType.CONNECTION, message, cause);
        }
    }

    /** Whether a failure (or its cause) left the command's fate unknown: a tool killed, a request unanswered. */
    public static boolean unfinished(HandlerException e) {
        return ToolRun.unfinished(e) || e instanceof Unfinished || e.getCause() instanceof Unfinished;
    }

    /** The one wording of a command that never left: "the power-off command was not sent: why". */
    public static HandlerException notSent(String noun, HandlerException why) {
        return new HandlerException(why.type(), "the " + noun + " command was not sent: " + why.getMessage(), why);
    }

    private final CallState state;
    private final Deadline deadline;
    private final Trace trace;
    private final String device;
    private final String peer;
    private final Function<S, String> word;

    /**
     * @param device how sentences name the device: "the BMC at 10.0.0.5:623"
     * @param peer   how the second half of a sentence names it: "the BMC"
     * @param word   how a state reads in a sentence: "off"
     */
    public PowerSwitch(Call call, String device, String peer, Function<S, String> word) {
        this.state = call.state();
        this.deadline = call.deadline();
        this.trace = call.trace();
        this.device = device;
        this.peer = peer;
        this.word = word;
    }

    /**
     * Sends the command and reads back until the state is {@code wanted}.
     *
     * @param noun    how a sentence names the command: "power-off"
     * @param command how messages quote it: "chassis power off", "ComputerSystem.Reset ForceOff"
     * @return the state read back, which is {@code wanted}
     */
    public S apply(String noun, String command, S wanted, Sender send, Reader<S> read) throws HandlerException {
        String sent = "the " + noun + " command was sent to " + device + "; " + peer + " did not confirm it";
        state.unconfirmed(sent);
        try {
            send.send();
        } catch (HandlerException e) {
            if (!unfinished(e)) {
                state.settled();
                throw e;
            }
            throw new HandlerException(e.type(), sent + ", so the power may still change: ask for the status before"
                    + " trying again (" + e.getMessage() + ")", e);
        }
        state.unconfirmed(device + " accepted the " + noun + " command; the power was not yet seen "
                + word.apply(wanted));
        S reached = await(command, wanted, read);
        state.settled();
        return reached;
    }

    /**
     * Reads the state until it is the wanted one. A read stopped at the deadline ends the wait like
     * the deadline itself: the command was accepted, the state not seen yet.
     */
    private S await(String command, S wanted, Reader<S> read) throws HandlerException {
        S now = null;
        int reads = 0;
        while (true) {
            try {
                now = read.read();
                reads++;
            } catch (HandlerException e) {
                if (!unfinished(e)) {
                    throw e;
                }
                throw notReached(command, wanted, now);
            }
            if (wanted.equals(now)) {
                trace.line("the power is " + word.apply(now) + " after " + reads + " read" + (reads == 1 ? "" : "s"));
                return now;
            }
            if (deadline.remainingMillis() < POLL_PAUSE_MS + MIN_READ_MS) {
                throw notReached(command, wanted, now);
            }
            try {
                Thread.sleep(POLL_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HandlerException.connection("interrupted while waiting for the power to be " + word.apply(wanted));
            }
        }
    }

    private HandlerException notReached(String command, S wanted, S lastRead) {
        return HandlerException.badData(device + " accepted '" + command + "', but the power was not "
                + word.apply(wanted) + " by the deadline (" + CoreSettings.DEADLINE_MS.key() + "); last read: "
                + (lastRead == null ? "none finished" : word.apply(lastRead)) + ". Ask for the status again later, or raise "
                + CoreSettings.DEADLINE_MS.key());
    }
}
