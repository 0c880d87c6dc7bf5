package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.NetnsSwitch;
import net.dcihandlers.core.testing.NetnsSwitch.V3User;
import net.dcihandlers.core.testing.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dci-switch against net-snmp's snmpd serving a namespace of veth ports: the kernel shows what
 * the handler did.
 */
class NetnsSwitchTest {
    private static NetnsSwitch sw;

    @BeforeAll
    static void start() {
        sw = NetnsSwitch.start(4);
    }

    @AfterAll
    static void stop() {
        if (sw != null) {
            sw.close();
        }
    }

    @BeforeEach
    void allPortsUp() {
        for (int p = 1; p <= sw.ports(); p++) {
            sw.setAdmin(p, true);
        }
    }

    private static String v2(String community) {
        return Requests.snmp(sw.address(), "v2c", community);
    }

    private static String v3(V3User u) {
        String level = u.auth() == null ? "noauth" : u.priv() == null ? "authnopriv" : "authpriv";
        return Requests.snmpV3(sw.address(), u.name(), level, u.authPhrase(), u.privPhrase());
    }

    private static Doc call(InProcess h, String func, String device, int port) {
        return h.call(Requests.call(func, device, Integer.toString(sw.ifIndex(port))));
    }

    private static InProcess handler() {
        return InProcess.of(Main.spec()).config(Patience.answering());
    }

    /** Configuration for the SHA/AES user: DCImanager's defaults are MD5/DES. */
    private static InProcess shaAes() {
        return InProcess.of(Main.spec()).config(Patience.answering("snmp.v3.auth.protocol=SHA",
                "snmp.v3.priv.protocol=AES128"));
    }

    @Test
    void statusShowsTheKernelsPortsAndStates() {
        sw.setAdmin(2, false);
        Doc d = handler().call(Requests.call("status", v2(NetnsSwitch.RO_COMMUNITY))).ok();
        assertEquals(sw.sysName(), d.hostname());
        Map<String, Map<String, String>> ports = d.ports();
        for (int p = 1; p <= sw.ports(); p++) {
            Map<String, String> port = ports.get(Integer.toString(sw.ifIndex(p)));
            assertEquals("swp" + p, port.get("description"));
            assertEquals(p == 2 ? "off" : "on", port.get("admin_status"), "swp" + p);
            assertEquals(p == 2 ? "off" : "on", port.get("oper_status"), "swp" + p);
        }
        assertFalse(ports.values().stream().anyMatch(p -> p.get("description").equals("lo")), "loopback is no port");
    }

    @Test
    void portOffTakesTheLinkDownInTheKernelAndPortOnBringsItBack() {
        Doc off = call(handler(), "port_off", v2(NetnsSwitch.RW_COMMUNITY), 3).ok();
        assertFalse(sw.adminUp(3), "kernel shows swp3 down");
        assertEquals("off", off.port().get("admin_status"));
        assertEquals(Integer.toString(sw.ifIndex(3)), off.port().get("identity"));
        assertTrue(sw.adminUp(1) && sw.adminUp(2) && sw.adminUp(4), "other ports untouched");

        Doc on = call(handler(), "port_on", v2(NetnsSwitch.RW_COMMUNITY), 3).ok();
        assertTrue(sw.adminUp(3), "kernel shows swp3 up");
        assertEquals("on", on.port().get("admin_status"));
    }

    @Test
    void snmpV1SwitchesAPort() {
        call(handler(), "port_off", Requests.snmp(sw.address(), "v1", NetnsSwitch.RW_COMMUNITY), 1).ok();
        assertFalse(sw.adminUp(1));
        Doc s = handler().call(Requests.call("status", Requests.snmp(sw.address(), "v1", NetnsSwitch.RO_COMMUNITY))).ok();
        assertEquals("off", s.ports().get(Integer.toString(sw.ifIndex(1))).get("admin_status"));
    }

    @Test
    void snmpV3WithDcimanagersDefaultMd5AndDes() {
        Doc d = call(handler(), "port_off", v3(NetnsSwitch.MD5_DES), 2).ok();
        assertEquals("off", d.port().get("admin_status"));
        assertFalse(sw.adminUp(2));
        assertEquals(sw.sysName(), handler().call(Requests.call("status", v3(NetnsSwitch.MD5_DES))).ok().hostname());
    }

    @Test
    void snmpV3WithShaAndAesFromTheConfiguration() {
        call(shaAes(), "port_off", v3(NetnsSwitch.SHA_AES), 4).ok();
        assertFalse(sw.adminUp(4));
        call(shaAes(), "port_on", v3(NetnsSwitch.SHA_AES), 4).ok();
        assertTrue(sw.adminUp(4));
    }

    @Test
    void snmpV3AuthNoPrivAndNoAuthRead() {
        assertEquals(sw.sysName(), handler().call(Requests.call("status", v3(NetnsSwitch.MD5_AUTH_ONLY))).ok().hostname());
        assertEquals(sw.sysName(), handler().call(Requests.call("status", v3(NetnsSwitch.NO_AUTH))).ok().hostname());
    }

    @Test
    void aReadOnlyCommunityIsRefusedAndNothingChanges() {
        Doc d = call(handler(), "port_off", v2(NetnsSwitch.RO_COMMUNITY), 2).error("connection");
        assertTrue(d.errorText().contains("write access"), d.errorText());
        assertFalse(d.text().contains(NetnsSwitch.RO_COMMUNITY));
        assertTrue(sw.adminUp(2), "swp2 still up");
    }

    @Test
    void aReadOnlyCommunityWithSnmpV1IsRefusedToo() {
        call(handler(), "port_off", Requests.snmp(sw.address(), "v1", NetnsSwitch.RO_COMMUNITY), 2).error("connection");
        assertTrue(sw.adminUp(2));
    }

    @Test
    void aReadOnlyV3UserIsRefused() {
        call(shaAes(), "port_off", v3(NetnsSwitch.SHA_AES_RO), 2).error("connection");
        assertTrue(sw.adminUp(2));
    }

    @Test
    void aPortThatDoesNotExistIsAnErrorAndNothingChanges() {
        Doc d = handler().call(Requests.call("port_off", v2(NetnsSwitch.RW_COMMUNITY), "4242")).error("unexpected_data");
        assertTrue(d.errorText().contains("4242"), d.errorText());
        for (int p = 1; p <= sw.ports(); p++) {
            assertTrue(sw.adminUp(p));
        }
    }

    @Test
    void theLoopbackIsNotSwitchedUnlessAllInterfacesAreAllowed() {
        Doc d = handler().call(Requests.call("port_off", v2(NetnsSwitch.RW_COMMUNITY), "1")).error("unexpected_data");
        assertTrue(d.errorText().contains("switch.ports=all"), d.errorText());
    }

    @Test
    void aWrongAuthPassphraseIsAConnectionErrorThatKeepsItSecret() {
        V3User wrong = new V3User(NetnsSwitch.MD5_DES.name(), "MD5", "wrong-auth-passphrase", "DES", "des-priv-pass");
        Doc d = handler().call(Requests.call("status", v3(wrong))).error("connection");
        assertTrue(d.errorText().contains("authentication"), d.errorText());
        assertFalse(d.text().contains("wrong-auth-passphrase"));
    }

    @Test
    void anUnknownV3UserIsAConnectionError() {
        V3User nobody = new V3User("nosuchuser", "MD5", "whatever-pass", "DES", "whatever-priv");
        Doc d = handler().call(Requests.call("status", v3(nobody))).error("connection");
        assertTrue(d.errorText().contains("nosuchuser"), d.errorText());
    }

    @Test
    void aTooShortPassphraseIsRefusedBeforeAnythingIsSent() {
        V3User shortPass = new V3User(NetnsSwitch.MD5_DES.name(), "MD5", "short", "DES", "des-priv-pass");
        Doc d = handler().call(Requests.call("status", v3(shortPass))).error("unexpected_data");
        assertTrue(d.errorText().contains("8 characters"), d.errorText());
        assertFalse(d.text().contains(">short<"));
    }
}
