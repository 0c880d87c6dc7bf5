package net.dcihandlers.sim;

/** An SNMPv3 user with SHA authentication and AES-128 privacy (authPriv) and read-write access. */
record V3User(String name, String authPassphrase, String privPassphrase) {
    V3User {
        // RFC 3414 section 11.2; snmp4j refuses shorter passphrases
        if (authPassphrase.length() < 8 || privPassphrase.length() < 8) {
            throw new IllegalArgumentException("SNMPv3 passphrases need at least 8 characters");
        }
        if (name.isEmpty() || name.length() > 32) {
            throw new IllegalArgumentException("SNMPv3 user names have 1 to 32 characters");
        }
    }
}
