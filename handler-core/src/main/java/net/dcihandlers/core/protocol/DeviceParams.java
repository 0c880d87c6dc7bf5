package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * {@code device_params} of a request: how to reach the device. Secrets are never printed by
 * {@link #toString()}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DeviceParams {
    @XmlElement(name = "ip")
    private String ip;
    @XmlElement(name = "snmp_ver")
    private String snmpVersion;
    @XmlElement(name = "snmp_community")
    private String snmpCommunity;
    @XmlElement(name = "snmp_user")
    private String snmpUser;
    @XmlElement(name = "snmp_auth_phrase")
    private String snmpAuthPhrase;
    @XmlElement(name = "snmp_priv_phrase")
    private String snmpPrivPhrase;
    @XmlElement(name = "snmp_auth_level")
    private String snmpAuthLevel;
    @XmlElement(name = "telnet_user")
    private String telnetUser;
    @XmlElement(name = "telnet_pass")
    private String telnetPass;
    @XmlElement(name = "ssh_user")
    private String sshUser;
    @XmlElement(name = "ssh_pass")
    private String sshPass;
    @XmlElement(name = "user")
    private String user;
    @XmlElement(name = "pass")
    private String pass;

    public String ip() { return ip; }
    public String snmpVersion() { return snmpVersion; }
    public String snmpCommunity() { return snmpCommunity; }
    public String snmpUser() { return snmpUser; }
    public String snmpAuthPhrase() { return snmpAuthPhrase; }
    public String snmpPrivPhrase() { return snmpPrivPhrase; }
    public String snmpAuthLevel() { return snmpAuthLevel; }
    public String user() { return user; }
    public String pass() { return pass; }

    public DeviceParams ip(String v) { ip = v; return this; }
    public DeviceParams snmpVersion(String v) { snmpVersion = v; return this; }
    public DeviceParams snmpCommunity(String v) { snmpCommunity = v; return this; }
    public DeviceParams snmpUser(String v) { snmpUser = v; return this; }
    public DeviceParams snmpAuthPhrase(String v) { snmpAuthPhrase = v; return this; }
    public DeviceParams snmpPrivPhrase(String v) { snmpPrivPhrase = v; return this; }
    public DeviceParams snmpAuthLevel(String v) { snmpAuthLevel = v; return this; }
    public DeviceParams user(String v) { user = v; return this; }
    public DeviceParams pass(String v) { pass = v; return this; }
    DeviceParams telnetUser(String v) { telnetUser = v; return this; }
    DeviceParams telnetPass(String v) { telnetPass = v; return this; }
    DeviceParams sshUser(String v) { sshUser = v; return this; }
    DeviceParams sshPass(String v) { sshPass = v; return this; }
    String telnetUser() { return telnetUser; }
    String telnetPass() { return telnetPass; }
    String sshUser() { return sshUser; }
    String sshPass() { return sshPass; }

    /** Every secret the request carries, so that texts can be checked not to contain them. */
    public java.util.List<String> secrets() {
        java.util.List<String> s = new java.util.ArrayList<>();
        for (String v : new String[] {snmpCommunity, snmpAuthPhrase, snmpPrivPhrase, telnetPass, sshPass, pass}) {
            if (v != null && !v.isEmpty()) {
                s.add(v);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "DeviceParams[ip=" + ip + ", snmp_ver=" + snmpVersion + ", snmp_user=" + snmpUser
                + ", snmp_auth_level=" + snmpAuthLevel + ", user=" + user + ", secrets hidden]";
    }
}
