package net.dcihandlers.ipmi;

/** The ipmitool LAN interfaces dci-ipmi speaks. */
enum IpmiInterface {
    LANPLUS("lanplus", "IPMI 2.0 (lanplus)"),
    LAN("lan", "IPMI 1.5 (lan)");

    private final String option;
    private final String label;

    IpmiInterface(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** The value of ipmitool's -I. */
    String option() {
        return option;
    }

    /** How operators know it. */
    String label() {
        return label;
    }

    /**
     * How long ipmitool waits before it gives up on a BMC that never answers, measured against
     * ipmitool 1.8.19: lanplus asks for the authentication capabilities twice (with and without the
     * IPMI 2.0 bit) and lengthens each retry's wait by a second; lan waits the same on every try
     * and counts -R as retries after the first.
     */
    long silentBmcMillis(Retries r) {
        long s = r.seconds();
        long n = r.count();
        long seconds = this == LANPLUS ? 2 * (n * s + n * (n - 1) / 2) : (n + 1) * s;
        return seconds * 1000;
    }
}
