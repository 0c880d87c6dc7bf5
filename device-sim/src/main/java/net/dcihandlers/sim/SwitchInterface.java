package net.dcihandlers.sim;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One interface of the simulated switch: what the builder fixed, plus the state that SETs and tests
 * change. Read by the agent's listen thread and by tests at the same time, so the mutable parts are
 * volatile or atomic.
 */
final class SwitchInterface {
    static final int UP = 1;
    static final int DOWN = 2;

    /** ifType values (IANAifType-MIB) the simulator uses. */
    static final int TYPE_OTHER = 1;
    static final int TYPE_ETHERNET_CSMACD = 6;
    static final int TYPE_SOFTWARE_LOOPBACK = 24;
    static final int TYPE_PROP_VIRTUAL = 53;

    /** EtherLike-MIB dot3StatsDuplexStatus values. */
    static final int DUPLEX_UNKNOWN = 1;
    static final int DUPLEX_HALF = 2;
    static final int DUPLEX_FULL = 3;

    private final int ifIndex;
    private final String descr;
    private final String name;
    private final int type;
    private final int mtu;
    /** The speed the port runs at when left to auto-negotiate. */
    private final long nominalSpeedBitsPerSecond;
    private final byte[] physAddress;
    private final boolean port;

    private volatile int adminStatus = UP;
    private volatile boolean linkUp = true;
    private volatile String alias;
    /** The speed it runs at now: the nominal one, or one forced by a vendor speed setting. */
    private volatile long speedBitsPerSecond;
    /** EtherLike-MIB dot3StatsDuplexStatus when left to auto-negotiate: 1 unknown, 2 half, 3 full. */
    private volatile int nominalDuplexStatus = DUPLEX_FULL;
    /** A duplex forced by a vendor duplex setting, 0 when auto-negotiated. */
    private volatile int forcedDuplexStatus;
    private final AtomicLongArray counters = new AtomicLongArray(IfCounter.values().length);

    SwitchInterface(int ifIndex, String descr, String name, int type, int mtu, long speedBitsPerSecond,
                    byte[] physAddress, boolean port, String alias) {
        this.ifIndex = ifIndex;
        this.descr = descr;
        this.name = name;
        this.type = type;
        this.mtu = mtu;
        this.nominalSpeedBitsPerSecond = speedBitsPerSecond;
        this.speedBitsPerSecond = speedBitsPerSecond;
        this.physAddress = physAddress.clone();
        this.port = port;
        this.alias = alias;
    }

    /** Gives the counters their deterministic starting values; position is 1-based in ifIndex order. */
    void initCounters(int position) {
        for (IfCounter counter : IfCounter.values()) {
            counters.set(counter.ordinal(), counter.initialValue(position));
        }
    }

    int ifIndex() {
        return ifIndex;
    }

    String descr() {
        return descr;
    }

    String name() {
        return name;
    }

    int type() {
        return type;
    }

    int mtu() {
        return mtu;
    }

    long speedBitsPerSecond() {
        return speedBitsPerSecond;
    }

    long nominalSpeedBitsPerSecond() {
        return nominalSpeedBitsPerSecond;
    }

    /** Forces a speed (a vendor's speed setting); 0 returns to the nominal, auto-negotiated one. */
    void forceSpeed(long bitsPerSecond) {
        speedBitsPerSecond = bitsPerSecond == 0 ? nominalSpeedBitsPerSecond : bitsPerSecond;
    }

    /** dot3StatsDuplexStatus: the forced duplex if any, else the negotiated one. */
    int duplexStatus() {
        int forced = forcedDuplexStatus;
        return forced != 0 ? forced : nominalDuplexStatus;
    }

    /** What auto-negotiation yields (the far end decides): 1 unknown, 2 half, 3 full. */
    void setNegotiatedDuplex(int status) {
        if (status < DUPLEX_UNKNOWN || status > DUPLEX_FULL) {
            throw new IllegalArgumentException("dot3StatsDuplexStatus is 1 (unknown), 2 (half) or 3 (full), not " + status);
        }
        nominalDuplexStatus = status;
    }

    /** Forces half (2) or full (3) duplex; 0 returns to auto-negotiation. */
    void forceDuplex(int status) {
        forcedDuplexStatus = status;
    }

    byte[] physAddress() {
        return physAddress.clone();
    }

    boolean isPort() {
        return port;
    }

    int adminStatus() {
        return adminStatus;
    }

    void setAdminStatus(int status) {
        if (status != UP && status != DOWN) {
            throw new IllegalArgumentException("ifAdminStatus must be 1 (up) or 2 (down), not " + status);
        }
        adminStatus = status;
    }

    /** ifOperStatus follows the administrative state and, while that is up, the link. */
    int operStatus() {
        return adminStatus == UP && linkUp ? UP : DOWN;
    }

    void setLink(boolean up) {
        linkUp = up;
    }

    String alias() {
        return alias;
    }

    void setAlias(String alias) {
        this.alias = alias;
    }

    long counter(IfCounter counter) {
        return counters.get(counter.ordinal());
    }

    void setCounter(IfCounter counter, long value) {
        counters.set(counter.ordinal(), value);
    }
}
