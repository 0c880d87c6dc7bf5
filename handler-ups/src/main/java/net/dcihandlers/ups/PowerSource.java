package net.dcihandlers.ups;

/** Where the UPS's output comes from right now, in words every UPS protocol can be mapped to. */
public enum PowerSource {
    MAINS("on mains"),
    BATTERY("on battery"),
    BYPASS("on bypass"),
    BOOST("boosting a low input voltage"),
    TRIM("trimming a high input voltage"),
    NONE("no output"),
    UNKNOWN("output source unknown");

    private final String description;

    PowerSource(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
