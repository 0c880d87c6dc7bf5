package net.dcihandlers.ipmi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetriesTest {
    @Test
    void ipmitoolGivesUpOnASilentBmcWithinTheTimeARunHasWheneverOneTryFits() {
        for (IpmiInterface i : IpmiInterface.values()) {
            long oneTry = i.silentBmcMillis(new Retries(1, 1));
            for (long budget = 0; budget <= 30_000; budget += 100) {
                Retries r = Retries.fitting(i, budget);
                assertTrue(r.count() == 1 || i.silentBmcMillis(r) <= budget, i + " " + budget + " " + r);
                if (budget >= oneTry) {
                    assertTrue(i.silentBmcMillis(r) <= budget, i + " " + budget + " " + r);
                }
            }
        }
    }

    @Test
    void moreTimeBuysRetriesUpToIpmitoolsOwnDefaultCount() {
        // the waits measured with ipmitool 1.8.19 against a port nobody answers on
        assertEquals(2_000, IpmiInterface.LANPLUS.silentBmcMillis(new Retries(1, 1)));
        assertEquals(6_000, IpmiInterface.LANPLUS.silentBmcMillis(new Retries(1, 2)));
        assertEquals(10_000, IpmiInterface.LANPLUS.silentBmcMillis(new Retries(2, 2)));
        assertEquals(3_000, IpmiInterface.LAN.silentBmcMillis(new Retries(1, 2)));
        assertEquals(new Retries(1, 2), Retries.fitting(IpmiInterface.LANPLUS, 9_400));
        assertEquals(new Retries(1, 4), Retries.fitting(IpmiInterface.LAN, 9_400));
        assertEquals(new Retries(1, 4), Retries.fitting(IpmiInterface.LAN, 600_000));
    }
}
