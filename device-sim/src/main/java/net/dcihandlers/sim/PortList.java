package net.dcihandlers.sim;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Q-BRIDGE-MIB's PortList (RFC 4363): one bit per bridge port, the first octet's most significant
 * bit being port 1. Served with as many octets as the highest bridge port needs.
 */
final class PortList {
    /** The longest PortList a SET may carry: 4096 ports. */
    static final int MAX_OCTETS = 512;

    private PortList() {
    }

    static byte[] encode(SortedSet<Integer> ports, int lastPort) {
        byte[] out = new byte[Math.max(1, (lastPort + 7) / 8)];
        for (int p : ports) {
            out[(p - 1) / 8] |= (byte) (0x80 >>> ((p - 1) % 8));
        }
        return out;
    }

    static SortedSet<Integer> decode(byte[] octets) {
        SortedSet<Integer> ports = new TreeSet<>();
        for (int bit = 0; bit < octets.length * 8; bit++) {
            if ((octets[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                ports.add(bit + 1);
            }
        }
        return Collections.unmodifiableSortedSet(ports);
    }
}
