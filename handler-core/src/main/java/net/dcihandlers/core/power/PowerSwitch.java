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
import java.util.function.Predicate;

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
     * How a device is read back after a command: until {@code holds} accepts a reading, within
     * {@code limitMs} of the command (the device's own delay; the call's deadline bounds it too),
     * {@code pauseMs} apart.
     *
     * @param allowance the settings that give more time, for the message when the time is up
     */
    public record Settling<S>(Predicate<S> holds, long limitMs, long pauseMs, String allowance) {
        /** Until the reading equals {@code wanted}, within the call's deadline. */
        public static <S> Settling<S> until(S wanted) {
            return new Settling<>(wanted::equals, Long.MAX_VALUE, POLL_PAUSE_MS, CoreSettings.DEADLINE_MS.key());
        }
    }

    /**
     * Sends the command and reads back until the state is {@code wanted}.
     *
     * @param noun    how a sentence names the command: "power-off"
     * @param command how messages quote it: "chassis power off", "ComputerSystem.Reset ForceOff"
     * @return the state read back, which is {@code wanted}
     */
    public S apply(String noun, String command, S wanted, Sender send, Reader<S> read) throws HandlerException {
        return apply(noun, command, word.apply(wanted), send, read, Settling.until(wanted));
    }

    /**
     * Sends the command and reads back until the reading settles as {@code settling} says.
     *
     * @param wanted how a sentence names the state wanted: "off"
     * @return the last reading, the one that settled
     */
    public S apply(String noun, String command, String wanted, Sender send, Reader<S> read, Settling<S> settling)
            throws HandlerException {
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
        state.unconfirmed(device + " accepted the " + noun + " command; the power was not yet seen " + wanted);
        S reached = await(command, wanted, read, settling);
        state.settled();
        return reached;
    }

    /**
     * Reads the state until it settles. A read stopped at the deadline ends the wait like the
     * deadline itself: the command was accepted, the state not seen yet.
     */
    private S await(String command, String wanted, Reader<S> read, Settling<S> settling) throws HandlerException {
        long start = System.nanoTime();
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
                throw notReached(command, wanted, now, settling, "by the deadline (" + CoreSettings.DEADLINE_MS.key()
                        + ")");
            }
            if (settling.holds().test(now)) {
                trace.line("the power is " + word.apply(now) + " after " + reads + " read" + (reads == 1 ? "" : "s"));
                return now;
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000L;
            if (deadline.remainingMillis() < settling.pauseMs() + MIN_READ_MS) {
                throw notReached(command, wanted, now, settling, "by the deadline (" + CoreSettings.DEADLINE_MS.key()
                        + ")");
            }
            if (elapsedMs + settling.pauseMs() > settling.limitMs()) {
                throw notReached(command, wanted, now, settling, "after " + elapsedMs + " ms");
            }
            try {
                Thread.sleep(settling.pauseMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HandlerException.connection("interrupted while waiting for the power to be " + wanted);
            }
        }
    }

    /** The one wording of a command accepted whose effect was not seen in the time allowed. */
    private HandlerException notReached(String command, String wanted, S lastRead, Settling<S> settling, String when) {
        return HandlerException.badData(device + " accepted '" + command + "', but the power was not " + wanted + " "
                + when + "; last read: " + (lastRead == null ? "none finished" : word.apply(lastRead))
                + ". The change is not confirmed: ask for the status again later, or allow more time ("
                + settling.allowance() + ")");
    }
}
