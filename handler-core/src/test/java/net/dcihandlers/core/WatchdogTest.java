package net.dcihandlers.core;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchdogTest {

    @Test
    void firesAtTheMomentLastSetNotBefore() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        AtomicLong firedAt = new AtomicLong();
        Watchdog w = Watchdog.start(() -> {
            firedAt.set(System.nanoTime());
            fired.countDown();
        });
        long now = System.nanoTime();
        w.arm(now + TimeUnit.SECONDS.toNanos(60));
        long moved = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        w.arm(moved);
        assertTrue(fired.await(60, TimeUnit.SECONDS), "it fired");
        assertTrue(firedAt.get() >= moved, "not before the moment set");
    }

    @Test
    void aMomentInThePastFiresAtOnce() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog.start(fired::countDown).arm(System.nanoTime() - TimeUnit.SECONDS.toNanos(1));
        assertTrue(fired.await(60, TimeUnit.SECONDS));
    }

    @Test
    void unarmedItWaits() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog.start(fired::countDown);
        assertFalse(fired.await(300, TimeUnit.MILLISECONDS));
        assertEquals(1, fired.getCount());
    }
}
