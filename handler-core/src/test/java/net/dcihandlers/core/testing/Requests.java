package net.dcihandlers.core.testing;

/** Request documents as DCImanager writes them. */
public final class Requests {
    private Requests() {
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** device_params for SNMP v1/v2c. */
    public static String snmp(String ip, String version, String community) {
        return "<device_params><ip>" + esc(ip) + "</ip><snmp_ver>SNMP " + version + "</snmp_ver><snmp_community>"
                + esc(community) + "</snmp_community></device_params>";
    }

    /** device_params for SNMP v3. */
    public static String snmpV3(String ip, String user, String level, String authPhrase, String privPhrase) {
        return "<device_params><ip>" + esc(ip) + "</ip><snmp_ver>SNMP v3</snmp_ver><snmp_user>" + esc(user)
                + "</snmp_user><snmp_auth_level>" + level + "</snmp_auth_level>"
                + (authPhrase == null ? "" : "<snmp_auth_phrase>" + esc(authPhrase) + "</snmp_auth_phrase>")
                + (privPhrase == null ? "" : "<snmp_priv_phrase>" + esc(privPhrase) + "</snmp_priv_phrase>")
                + "</device_params>";
    }

    /** device_params for IPMI. */
    public static String ipmi(String ip, String user, String pass) {
        return "<device_params><ip>" + esc(ip) + "</ip><user>" + esc(user) + "</user><pass>" + esc(pass)
                + "</pass></device_params>";
    }

    public static String call(String func, String deviceParams) {
        return "<doc><func>" + func + "</func>" + deviceParams + "</doc>";
    }

    public static String call(String func, String deviceParams, String identity) {
        return "<doc><func>" + func + "</func>" + deviceParams + "<port><identity>" + esc(identity)
                + "</identity></port></doc>";
    }

    /** A call with a port element given as raw XML (for speed, duplex, VLAN fields). */
    public static String callWithPort(String func, String deviceParams, String portXml) {
        return "<doc><func>" + func + "</func>" + deviceParams + "<port>" + portXml + "</port></doc>";
    }
}
