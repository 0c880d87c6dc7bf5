package net.dcihandlers.ups;

/** What the UPS says of its battery. */
public enum BatteryState {
    NORMAL("battery normal"),
    LOW("battery low"),
    DEPLETED("battery depleted"),
    /** The battery reports an internal fault (APC batteryInFaultCondition): it cannot be counted on. */
    FAULT("battery fault"),
    UNKNOWN("battery state unknown");

    private final String description;

    BatteryState(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
