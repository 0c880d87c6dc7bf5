package net.dcihandlers.snmpswitch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortListTest {

    @Test
    void theFirstOctetsHighBitIsTheFirstPort() {
        PortList p = PortList.of(new byte[] {(byte) 0x80, 0x01}, 1);
        assertEquals(List.of(1, 16), List.copyOf(p.members()));
        assertTrue(p.contains(1));
        assertFalse(p.contains(2));
        assertFalse(p.contains(17));
    }

    @Test
    void settingAPortKeepsTheOthersAndTheLength() {
        PortList p = PortList.of(new byte[] {0x00, 0x00, 0x00, 0x00}, 1).with(9, true);
        assertArrayEquals(new byte[] {0x00, (byte) 0x80, 0x00, 0x00}, p.bytes());
        assertArrayEquals(new byte[] {0x00, 0x00, 0x00, 0x00}, p.with(9, false).bytes());
    }

    @Test
    void growsToHoldAPortBeyondItsLength() {
        assertArrayEquals(new byte[] {0x00, 0x00, 0x40}, PortList.of(new byte[0], 1).with(18, true).bytes());
    }

    @Test
    void ciscoVlanBitmapsStartAtVlanZero() {
        assertArrayEquals(new byte[] {0x40}, PortList.of(new byte[0], 0).with(1, true).bytes());
        PortList k1 = PortList.of(new byte[128], 1024).with(1025, true);
        assertEquals(List.of(1025), List.copyOf(k1.members()));
    }

    @Test
    void membersRoundTripForRandomSets() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            SortedSet<Integer> want = new TreeSet<>();
            PortList p = PortList.of(new byte[r.nextInt(8)], 1);
            for (int i = 0; i < r.nextInt(30); i++) {
                int port = 1 + r.nextInt(200);
                want.add(port);
                p = p.with(port, true);
            }
            assertEquals(want, p.members());
        }
    }
}
