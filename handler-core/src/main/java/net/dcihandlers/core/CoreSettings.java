package net.dcihandlers.core;

import java.util.List;

/** The configuration keys every handler reads. */
public final class CoreSettings {
    private CoreSettings() {
    }

    public static final Setting DEADLINE_MS = Setting.integer("deadline.ms", 10000, 1000, 600_000,
            "Whole-request budget in milliseconds; the answer (an error if need be) is printed before it ends.");
    public static final Setting SNMP_TIMEOUT_MS = Setting.integer("snmp.timeout.ms", 1500, 50, 60_000,
            "Time to wait for one SNMP response before sending the request again.");
    public static final Setting SNMP_RETRIES = Setting.integer("snmp.retries", 1, 0, 10,
            "How many times an unanswered SNMP request is sent again.");
    public static final Setting SNMP_MAX_REPETITIONS = Setting.integer("snmp.max.repetitions", 50, 1, 1000,
            "Rows asked for in one GETBULK (SNMP v2c/v3); halved automatically when a device answers tooBig.");
    public static final Setting SNMP_V3_AUTH_PROTOCOL = Setting.choice("snmp.v3.auth.protocol", "MD5",
            "SNMPv3 authentication protocol.", "MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512", "SHA1");
    public static final Setting SNMP_V3_PRIV_PROTOCOL = Setting.choice("snmp.v3.priv.protocol", "DES",
            "SNMPv3 privacy protocol (AES192 and AES256 with net-snmp's key extension, the -3DESKEY ones with"
                    + " Cisco's).", "DES", "AES128", "AES192", "AES256", "AES192-3DESKEY", "AES256-3DESKEY", "AES");

    public static final Setting QUEUE_SLOTS = Setting.integerOr("queue.slots", "auto", 0, 9999,
            "How many calls of the handlers do their work at once on this host (the others wait in arrival order,"
                    + " within their deadline.ms): a number, auto (twice the processors) or off (0).", "auto", "off");

    public static final Setting LOG_FILE = Setting.text("log.file", "",
            "A file that every call made by DCImanager appends its trace to (as -v shows it, secrets removed)"
                    + " and one result line; empty: no log.");

    public static final Setting STATE_DIR = Setting.text("state.dir", "",
            "The folder where handlers keep what they learn about devices (pinned BMC certificates, IPMI cipher"
                    + " suites found to work), created with mode 0700; empty: var/ of the installation.");

    /** The settings only handlers that speak SNMP read. */
    public static final List<Setting> SNMP = List.of(SNMP_TIMEOUT_MS, SNMP_RETRIES, SNMP_MAX_REPETITIONS,
            SNMP_V3_AUTH_PROTOCOL, SNMP_V3_PRIV_PROTOCOL);

    public static final List<Setting> ALL = List.of(DEADLINE_MS, SNMP_TIMEOUT_MS, SNMP_RETRIES,
            SNMP_MAX_REPETITIONS, SNMP_V3_AUTH_PROTOCOL, SNMP_V3_PRIV_PROTOCOL, QUEUE_SLOTS, LOG_FILE, STATE_DIR);
}
