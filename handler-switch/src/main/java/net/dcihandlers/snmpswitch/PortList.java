package net.dcihandlers.snmpswitch;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A bitmap of ports or VLANs as Q-BRIDGE-MIB's PortList and CISCO-VTP-MIB's VLAN bitmaps write
 * them: the first octet's most significant bit is the first member.
 *
 * @param first the number the first bit stands for (1 for bridge ports, 0 for Cisco's VLANs 0-1023)
 */
record PortList(byte[] bytes, int first) {

    PortList {
        bytes = bytes.clone();
    }

    static PortList of(byte[] bytes, int first) {
        return new PortList(bytes == null ? new byte[0] : bytes, first);
    }

    boolean contains(int n) {
        int bit = n - first;
        int octet = bit / 8;
        return bit >= 0 && octet < bytes.length && (bytes[octet] & (0x80 >>> (bit % 8))) != 0;
    }

    /** This list with member n set or cleared; grows to hold n, never shrinks. */
    PortList with(int n, boolean member) {
        int bit = n - first;
        if (bit < 0) {
            throw new IllegalArgumentException(n + " is below " + first);
        }
        byte[] b = Arrays.copyOf(bytes, Math.max(bytes.length, bit / 8 + 1));
        if (member) {
            b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        } else {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new PortList(b, first);
    }

    SortedSet<Integer> members() {
        SortedSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < bytes.length * 8; i++) {
            if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                s.add(first + i);
            }
        }
        return s;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortList p && p.first == first && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + first;
    }
}
