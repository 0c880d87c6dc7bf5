package net.dcihandlers.sim;

/**
 * The traffic counters an interface keeps. Each is served twice, as the 64-bit ifHC* column of
 * ifXTable and as the 32-bit column of ifTable or ifXTable holding its low 32 bits, as real agents do.
 *
 * <p>Until a test sets it, a counter holds {@code k * 10_000 + code} packets or
 * {@code k * 10_000_000 + code} octets, where {@code k} is the interface's position in ifIndex order
 * (1-based) and {@code code} is the number given here; on even positions the packet counters hold
 * {@code 2^32} more and the octet counters {@code 1000 * 2^32} more. So every value is distinct per
 * interface and per counter, the 64-bit values of every other interface do not fit in 32 bits, and
 * the readings are those of real traffic: about 300 octets a packet, between the 64 of the
 * shortest Ethernet frame and the 1518 of the longest.
 */
public enum IfCounter {
    IN_OCTETS(101, true),
    IN_UCAST_PKTS(102, false),
    IN_MULTICAST_PKTS(103, false),
    IN_BROADCAST_PKTS(104, false),
    OUT_OCTETS(201, true),
    OUT_UCAST_PKTS(202, false),
    OUT_MULTICAST_PKTS(203, false),
    OUT_BROADCAST_PKTS(204, false);

    private static final long TWO_TO_32 = 1L << 32;

    private final int code;
    private final boolean octets;

    IfCounter(int code, boolean octets) {
        this.code = code;
        this.octets = octets;
    }

    /** The value this counter starts with on the interface at the given position (1-based). */
    long initialValue(int position) {
        long value = position * (octets ? 10_000_000L : 10_000L) + code;
        return position % 2 == 0 ? value + (octets ? 1000 : 1) * TWO_TO_32 : value;
    }
}
