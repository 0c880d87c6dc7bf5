package net.dcihandlers.core.snmp;

import java.util.List;

/** The spellings SnmpCredentials takes for the v3 protocol settings, for tests outside its package. */
public final class SnmpCredentialsSpellings {
    private SnmpCredentialsSpellings() {
    }

    public static List<String> auth() {
        return List.copyOf(SnmpCredentials.authNames().keySet());
    }

    public static List<String> priv() {
        return List.copyOf(SnmpCredentials.privNames().keySet());
    }
}
