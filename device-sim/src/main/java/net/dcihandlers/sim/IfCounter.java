package net.dcihandlers.sim;

/**
 * The traffic counters an interface keeps. Each is served twice, as the 64-bit ifHC* column of
 * ifXTable and as the 32-bit column of ifTable or ifXTable holding its low 32 bits, as real agents do.
 *
 * <p>Until a test sets it, a counter holds {@code k * 1_000_000 + code} where {@code k} is the
 * interface's position in ifIndex order (1-based) and {@code code} is the number given here, plus
 * {@code 3 * 2^32} on even positions, so every value is distinct per interface and per counter and
 * the 64-bit values of every other interface do not fit in 32 bits.
 */
public enum IfCounter {
    IN_OCTETS(101),
    IN_UCAST_PKTS(102),
    IN_MULTICAST_PKTS(103),
    IN_BROADCAST_PKTS(104),
    OUT_OCTETS(201),
    OUT_UCAST_PKTS(202),
    OUT_MULTICAST_PKTS(203),
    OUT_BROADCAST_PKTS(204);

    private static final long ABOVE_32_BITS = 3L << 32;

    private final int code;

    IfCounter(int code) {
        this.code = code;
    }

    /** The value this counter starts with on the interface at the given position (1-based). */
    long initialValue(int position) {
        long value = position * 1_000_000L + code;
        return position % 2 == 0 ? value + ABOVE_32_BITS : value;
    }
}
