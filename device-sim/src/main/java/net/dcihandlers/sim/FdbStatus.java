package net.dcihandlers.sim;

/** dot1dTpFdbStatus / dot1qTpFdbStatus (BRIDGE-MIB, Q-BRIDGE-MIB): how the switch came to know a MAC. */
public enum FdbStatus {
    OTHER(1), INVALID(2), LEARNED(3), SELF(4), MGMT(5);

    private final int value;

    FdbStatus(int value) {
        this.value = value;
    }

    /** The MIB's value. */
    public int value() {
        return value;
    }
}
