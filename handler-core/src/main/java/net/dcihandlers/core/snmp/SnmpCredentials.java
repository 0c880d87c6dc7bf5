package net.dcihandlers.core.snmp;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.DeviceParams;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.AuthenticationProtocol;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.PrivacyProtocol;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.nonstandard.PrivAES192With3DESKeyExtension;
import org.snmp4j.security.nonstandard.PrivAES256With3DESKeyExtension;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How to talk to the device, from the request's device_params and the configuration: the version,
 * and the community or the SNMPv3 user with its level, protocols and passphrases. The request never
 * says which v3 protocols to use (DCImanager offers MD5 and DES), so they come from the
 * configuration.
 */
public record SnmpCredentials(SnmpVersion version, String community, String user, SecurityLevel level,
                              AuthProtocolChoice auth, PrivProtocolChoice priv, String authPhrase,
                              String privPhrase) {

    /** snmp4j, like RFC 3414's key localisation, refuses passphrases under 8 characters. */
    static final int MIN_PASSPHRASE = 8;

    /** Configurable authentication protocols. */
    public enum AuthProtocolChoice {
        MD5(AuthMD5::new), SHA(AuthSHA::new), SHA224(AuthHMAC128SHA224::new), SHA256(AuthHMAC192SHA256::new),
        SHA384(AuthHMAC256SHA384::new), SHA512(AuthHMAC384SHA512::new);

        final Supplier<AuthenticationProtocol> factory;

        AuthProtocolChoice(Supplier<AuthenticationProtocol> factory) {
            this.factory = factory;
        }
    }

    /** Configurable privacy protocols, with both key extensions of AES-192/256. */
    public enum PrivProtocolChoice {
        DES("DES", PrivDES::new), AES128("AES128", PrivAES128::new),
        AES192("AES192", PrivAES192::new), AES256("AES256", PrivAES256::new),
        AES192_3DESKEY("AES192-3DESKEY", PrivAES192With3DESKeyExtension::new),
        AES256_3DESKEY("AES256-3DESKEY", PrivAES256With3DESKeyExtension::new);

        final String configName;
        final Supplier<PrivacyProtocol> factory;

        PrivProtocolChoice(String configName, Supplier<PrivacyProtocol> factory) {
            this.configName = configName;
            this.factory = factory;
        }
    }

    public static SnmpCredentials from(DeviceParams d, Config config) throws HandlerException {
        SnmpVersion version = SnmpVersion.fromWire(d.snmpVersion());
        if (version != SnmpVersion.V3) {
            String c = d.snmpCommunity();
            if (c == null || c.isEmpty()) {
                throw HandlerException.badData("SNMP " + version.label() + " needs a community "
                        + "(device_params/snmp_community), and the request has none");
            }
            return new SnmpCredentials(version, c, null, null, null, null, null, null);
        }
        String user = d.snmpUser();
        if (user == null || user.isEmpty()) {
            throw HandlerException.badData("SNMP v3 needs a user (device_params/snmp_user), and the request has none");
        }
        SecurityLevel level = level(d.snmpAuthLevel());
        AuthProtocolChoice auth = null;
        PrivProtocolChoice priv = null;
        String authPhrase = null;
        String privPhrase = null;
        if (level != SecurityLevel.noAuthNoPriv) {
            auth = config.choice(CoreSettings.SNMP_V3_AUTH_PROTOCOL, AuthProtocolChoice.class, authNames());
            authPhrase = passphrase(d.snmpAuthPhrase(), "authentication", "snmp_auth_phrase");
        }
        if (level == SecurityLevel.authPriv) {
            priv = config.choice(CoreSettings.SNMP_V3_PRIV_PROTOCOL, PrivProtocolChoice.class, privNames());
            privPhrase = passphrase(d.snmpPrivPhrase(), "privacy", "snmp_priv_phrase");
        }
        return new SnmpCredentials(version, null, user, level, auth, priv, authPhrase, privPhrase);
    }

    private static SecurityLevel level(String wire) throws HandlerException {
        if (wire == null || wire.isBlank()) {
            throw HandlerException.badData("SNMP v3 needs an authentication level (device_params/snmp_auth_level: "
                    + "noauth, authnopriv or authpriv), and the request has none");
        }
        return switch (wire.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "noauth", "noauthnopriv" -> SecurityLevel.noAuthNoPriv;
            case "authnopriv" -> SecurityLevel.authNoPriv;
            case "authpriv" -> SecurityLevel.authPriv;
            default -> throw HandlerException.badData("SNMP v3 authentication level '" + net.dcihandlers.core.protocol.XmlText.excerpt(wire, 30)
                    + "' is unknown; expected noauth, authnopriv or authpriv");
        };
    }

    private static String passphrase(String p, String what, String field) throws HandlerException {
        if (p == null || p.isEmpty()) {
            throw HandlerException.badData("SNMP v3 at this level needs an " + what + " passphrase (device_params/"
                    + field + "), and the request has none");
        }
        if (p.length() < MIN_PASSPHRASE) {
            throw HandlerException.badData("the SNMP v3 " + what + " passphrase (" + field + ") is shorter than "
                    + MIN_PASSPHRASE + " characters, which SNMPv3 does not allow; check it on the device form");
        }
        return p;
    }

    static Map<String, AuthProtocolChoice> authNames() {
        Map<String, AuthProtocolChoice> m = new LinkedHashMap<>();
        for (AuthProtocolChoice a : AuthProtocolChoice.values()) {
            m.put(a.name(), a);
        }
        m.put("SHA1", AuthProtocolChoice.SHA);
        return m;
    }

    static Map<String, PrivProtocolChoice> privNames() {
        Map<String, PrivProtocolChoice> m = new LinkedHashMap<>();
        for (PrivProtocolChoice p : PrivProtocolChoice.values()) {
            m.put(p.configName, p);
        }
        m.put("AES", PrivProtocolChoice.AES128);
        return m;
    }

    /** A description for messages: version and user or level, never a secret. */
    public String describe() {
        if (version != SnmpVersion.V3) {
            return "SNMP " + version.label();
        }
        String l = level == SecurityLevel.noAuthNoPriv ? "noauth"
                : level == SecurityLevel.authNoPriv ? "authnopriv " + auth : "authpriv " + auth + "/" + priv.configName;
        return "SNMP v3 user '" + user + "' " + l;
    }

    int snmp4jVersion() {
        return switch (version) {
            case V1 -> SnmpConstants.version1;
            case V2C -> SnmpConstants.version2c;
            case V3 -> SnmpConstants.version3;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
