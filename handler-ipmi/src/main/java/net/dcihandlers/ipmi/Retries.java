package net.dcihandlers.ipmi;

import java.util.List;

/**
 * ipmitool's own per-try wait (-N, seconds) and retry count (-R) for one run. They are sized so that
 * ipmitool gives up on a silent BMC by itself, with its own message, inside the time the run has;
 * ToolRun's kill at the deadline stays the backstop.
 */
record Retries(int seconds, int count) {
    /** ipmitool's default for lanplus; a BMC on a data-centre LAN answers well within it. */
    static final int SECONDS = 1;
    /** ipmitool's default count; more only lengthens the wait for a dead BMC. */
    static final int MAX_COUNT = 4;

    Retries {
        if (seconds < 1 || count < 1) {
            // ipmitool takes -R 0 as "use the default", which is the longest wait of all
            throw new IllegalArgumentException("-N and -R must be at least 1");
        }
    }

    /** The most retries that still let ipmitool give up on a silent BMC within {@code millis}; at least one. */
    static Retries fitting(IpmiInterface iface, long millis) {
        for (int n = MAX_COUNT; n > 1; n--) {
            Retries r = new Retries(SECONDS, n);
            if (iface.silentBmcMillis(r) <= millis) {
                return r;
            }
        }
        return new Retries(SECONDS, 1);
    }

    List<String> args() {
        return List.of("-N", Integer.toString(seconds), "-R", Integer.toString(count));
    }
}
