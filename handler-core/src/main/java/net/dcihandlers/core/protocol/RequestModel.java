package net.dcihandlers.core.protocol;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request model's elements, written out once for the hand-written reader: their names under
 * each parent, and where each one's text goes. It must say what the JAXB annotations of
 * {@link Request}, {@link DeviceParams} and {@link PortParams} say; a test holds the two together,
 * so a field added to the model without a line here fails the build.
 */
final class RequestModel {
    static final int DOC_FUNC = 0;
    static final int DOC_DEVICE = 1;
    static final int DOC_PORT = 2;

    /** The elements of {@code device_params}, in the model's order; the index is the element's bit. */
    static final List<String> DEVICE = List.of("ip", "snmp_ver", "snmp_community", "snmp_user", "snmp_auth_phrase",
            "snmp_priv_phrase", "snmp_auth_level", "telnet_user", "telnet_pass", "ssh_user", "ssh_pass", "user", "pass");
    /** The elements of {@code port}. */
    static final List<String> PORT = List.of("identity", "speed", "duplex", "vlan_id", "vlan_name", "is_trunk",
            "trunk_members", "vlan_pvlan", "mapped_vlan");
    static final List<String> DOC = List.of("func", "device_params", "port");

    private RequestModel() {
    }

    /** The elements each parent has at most once, by the path of the parent. */
    static Map<String, Set<String>> onceEach() {
        return Map.of("doc", Set.copyOf(DOC), "doc/device_params", Set.copyOf(DEVICE), "doc/port", Set.copyOf(PORT));
    }

    static int docChild(String name) {
        return DOC.indexOf(name);
    }

    static int deviceChild(String name) {
        return DEVICE.indexOf(name);
    }

    static int portChild(String name) {
        return PORT.indexOf(name);
    }

    static void setDevice(DeviceParams d, String name, String v) {
        switch (name) {
            case "ip" -> d.ip(v);
            case "snmp_ver" -> d.snmpVersion(v);
            case "snmp_community" -> d.snmpCommunity(v);
            case "snmp_user" -> d.snmpUser(v);
            case "snmp_auth_phrase" -> d.snmpAuthPhrase(v);
            case "snmp_priv_phrase" -> d.snmpPrivPhrase(v);
            case "snmp_auth_level" -> d.snmpAuthLevel(v);
            case "telnet_user" -> d.telnetUser(v);
            case "telnet_pass" -> d.telnetPass(v);
            case "ssh_user" -> d.sshUser(v);
            case "ssh_pass" -> d.sshPass(v);
            case "user" -> d.user(v);
            case "pass" -> d.pass(v);
            default -> throw new IllegalArgumentException(name);
        }
    }

    static void setPort(PortParams p, String name, String v) {
        switch (name) {
            case "identity" -> p.identity(v);
            case "speed" -> p.speed(v);
            case "duplex" -> p.duplex(v);
            case "vlan_id" -> p.vlanId(v);
            case "vlan_name" -> p.vlanName(v);
            case "is_trunk" -> p.isTrunk(v);
            case "trunk_members" -> p.trunkMembers(v);
            case "vlan_pvlan" -> p.vlanPvlan(v);
            case "mapped_vlan" -> p.mappedVlan(v);
            default -> throw new IllegalArgumentException(name);
        }
    }
}
