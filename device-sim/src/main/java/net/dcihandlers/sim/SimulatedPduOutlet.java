package net.dcihandlers.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One outlet (or blade slot) of a {@link SimulatedPdu}. A command does not change the power at
 * once: it schedules transitions, as a real PDU applies a command after its power-on delay and a
 * reboot turns the outlet off and, after the reboot duration, on again. Transitions are applied
 * lazily, whenever the outlet is looked at, so no timer thread is needed. All methods take the
 * current time in nanoseconds (System.nanoTime), so the caller reads every column of a request at
 * one instant.
 */
final class SimulatedPduOutlet {
    /** A change of power due at a point in time. */
    private record Transition(long dueNanos, boolean on) {
    }

    private final int number;
    private final String name;
    private final boolean present;
    private final Deque<Transition> scheduled = new ArrayDeque<>();
    private final List<String> switchings = new ArrayList<>();
    private boolean on;
    private int watts;
    private boolean jammed;

    SimulatedPduOutlet(int number, String name, boolean present, boolean on, int watts) {
        this.number = number;
        this.name = name;
        this.present = present;
        this.on = present && on;
        this.watts = watts;
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    /** False for an empty blade slot; PDU outlets are always present. */
    boolean present() {
        return present;
    }

    synchronized boolean on(long now) {
        settle(now);
        return on;
    }

    /** Whether a command is still being carried out (APC's ...CommandPending). */
    synchronized boolean pending(long now) {
        settle(now);
        return !scheduled.isEmpty();
    }

    /** The power the load draws: its configured watts while on, 0 while off. */
    synchronized int watts(long now) {
        settle(now);
        return on ? watts : 0;
    }

    synchronized void setWatts(int watts) {
        this.watts = watts;
    }

    /** Changes the power directly, as someone at the PDU's own panel would; cancels pending commands. */
    synchronized void force(boolean on) {
        scheduled.clear();
        apply(on);
    }

    /** A jammed outlet accepts commands and never carries them out (a stuck relay). */
    synchronized void jam(boolean jammed) {
        this.jammed = jammed;
    }

    /** Schedules a command received at {@code now}. */
    synchronized void command(PduModel.Action action, long now, long delayNanos, long rebootNanos) {
        settle(now);
        scheduled.clear();
        if (jammed) {
            return;
        }
        switch (action) {
            case ON -> scheduled.add(new Transition(now + delayNanos, true));
            case OFF -> scheduled.add(new Transition(now + delayNanos, false));
            case REBOOT -> {
                if (on) {
                    scheduled.add(new Transition(now + delayNanos, false));
                }
                scheduled.add(new Transition(now + delayNanos + rebootNanos, true));
            }
            case CANCEL -> {
                // nothing left to do
            }
        }
        settle(now);
    }

    /** The power changes carried out so far, in order: "on" and "off". */
    synchronized List<String> switchings(long now) {
        settle(now);
        return List.copyOf(switchings);
    }

    private void settle(long now) {
        while (!scheduled.isEmpty() && scheduled.peekFirst().dueNanos() - now <= 0) {
            apply(scheduled.removeFirst().on());
        }
    }

    private void apply(boolean newState) {
        if (newState != on) {
            on = newState;
            switchings.add(newState ? "on" : "off");
        }
    }
}
