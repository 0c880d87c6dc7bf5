package net.dcihandlers.core.power;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CallState;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.Request;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared power-switching service: what the call's state says at each step, and its one wording. */
class PowerSwitchTest {
    private final CallState state = new CallState();

    private Call call(long deadlineMs) {
        return new Call(Function.PORT_OFF, new Request("port_off", new DeviceParams().ip("10.0.0.5"), null),
                Config.of(Map.of()), Trace.off(), Deadline.in(deadlineMs), state);
    }

    private PowerSwitch<String> power(long deadlineMs) {
        return new PowerSwitch<>(call(deadlineMs), "the BMC at 10.0.0.5:623", "the BMC", s -> s);
    }

    /** A device whose reads answer these states in turn, noting what the call's state said at each. */
    private final List<String> seenDuringReads = new ArrayList<>();

    private PowerSwitch.Reader<String> reads(String... states) {
        Iterator<String> it = List.of(states).iterator();
        return () -> {
            seenDuringReads.add(state.unconfirmed());
            return it.next();
        };
    }

    @Test
    void readsBackUntilTheStateHoldsSayingMeanwhileThatTheCommandWasAccepted() throws Exception {
        List<String> seenAtSend = new ArrayList<>();
        String reached = power(30_000).apply("power-off", "chassis power off", "off",
                () -> seenAtSend.add(state.unconfirmed()), reads("on", "on", "off"));
        assertEquals("off", reached);
        assertEquals(List.of("the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not confirm it"),
                seenAtSend);
        assertEquals("the BMC at 10.0.0.5:623 accepted the power-off command; the power was not yet seen off",
                seenDuringReads.get(0));
        assertEquals(3, seenDuringReads.size());
        assertNull(state.unconfirmed(), "settled once seen");
    }

    @Test
    void aCommandWhoseFateIsUnknownIsReportedAsSentAndNotConfirmed() {
        HandlerException e = assertThrows(HandlerException.class, () -> power(30_000).apply("power-off",
                "chassis power off", "off", () -> {
                    throw new PowerSwitch.Unfinished("no answer within 2000 ms", null);
                }, reads()));
        assertTrue(e.getMessage().startsWith("the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not"
                + " confirm it, so the power may still change"), e.getMessage());
        assertTrue(state.unconfirmed() != null, "an error at the deadline must still say so");
    }

    @Test
    void aCommandNotSentLeavesTheStateSettledInTheOneWording() {
        HandlerException e = assertThrows(HandlerException.class, () -> power(30_000).apply("power-off",
                "chassis power off", "off", () -> {
                    throw PowerSwitch.notSent("power-off", HandlerException.connection("no session"));
                }, reads()));
        assertEquals("the power-off command was not sent: no session", e.getMessage());
        assertNull(state.unconfirmed());
    }

    @Test
    void aStateThatNeverComesIsAnErrorWithTheLastReadBeforeTheDeadline() {
        long t0 = System.nanoTime();
        HandlerException e = assertThrows(HandlerException.class, () -> power(1500).apply("power-off",
                "ComputerSystem.Reset ForceOff", "off", () -> { }, () -> "on"));
        assertTrue(e.getMessage().contains("accepted 'ComputerSystem.Reset ForceOff', but the power was not off by the"
                + " deadline (deadline.ms); last read: on"), e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1500, "gave up before the deadline");
    }
}
