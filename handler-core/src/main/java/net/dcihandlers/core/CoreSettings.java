package net.dcihandlers.core;

import java.util.List;

/** The configuration keys every handler reads. */
public final class CoreSettings {
    private CoreSettings() {
    }

    public static final Setting DEADLINE_MS = new Setting("deadline.ms", "10000",
            "Whole-request budget in milliseconds; the answer (an error if need be) is printed before it ends.");
    public static final Setting SNMP_TIMEOUT_MS = new Setting("snmp.timeout.ms", "1500",
            "Time to wait for one SNMP response before sending the request again.");
    public static final Setting SNMP_RETRIES = new Setting("snmp.retries", "1",
            "How many times an unanswered SNMP request is sent again.");
    public static final Setting SNMP_MAX_REPETITIONS = new Setting("snmp.max.repetitions", "50",
            "Rows asked for in one GETBULK (SNMP v2c/v3); halved automatically when a device answers tooBig.");
    public static final Setting SNMP_V3_AUTH_PROTOCOL = new Setting("snmp.v3.auth.protocol", "MD5",
            "SNMPv3 authentication protocol: MD5, SHA, SHA224, SHA256, SHA384 or SHA512.");
    public static final Setting SNMP_V3_PRIV_PROTOCOL = new Setting("snmp.v3.priv.protocol", "DES",
            "SNMPv3 privacy protocol: DES, AES128, AES192, AES256 (net-snmp key extension), "
                    + "AES192-3DESKEY, AES256-3DESKEY (Cisco key extension).");

    /** Read by the launcher, before the JVM starts; declared here so that the file and the trace know it. */
    public static final Setting QUEUE_SLOTS = new Setting("queue.slots", "auto",
            "How many calls of the handlers do their work at once on this host (the others wait in arrival order,"
                    + " within their deadline.ms): a number, auto (twice the processors) or off (0).");

    public static final Setting LOG_FILE = new Setting("log.file", "",
            "A file that every call made by DCImanager appends its trace to (as -v shows it, secrets removed)"
                    + " and one result line; empty: no log.");

    public static final Setting STATE_DIR = new Setting("state.dir", "",
            "The folder where handlers keep what they learn about devices (pinned BMC certificates, IPMI cipher"
                    + " suites found to work), created with mode 0700; empty: var/ of the installation.");

    public static final List<Setting> ALL = List.of(DEADLINE_MS, SNMP_TIMEOUT_MS, SNMP_RETRIES,
            SNMP_MAX_REPETITIONS, SNMP_V3_AUTH_PROTOCOL, SNMP_V3_PRIV_PROTOCOL, QUEUE_SLOTS, LOG_FILE, STATE_DIR);
}
