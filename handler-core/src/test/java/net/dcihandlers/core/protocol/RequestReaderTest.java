package net.dcihandlers.core.protocol;

import net.dcihandlers.core.HandlerException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestReaderTest {

    private static Request read(String s) throws HandlerException {
        return RequestReader.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(String s) {
        HandlerException e = assertThrows(HandlerException.class, () -> read(s));
        assertEquals(ErrorType.UNEXPECTED_DATA, e.type());
        return e.getMessage();
    }

    @Test
    void readsTheVendorsStatusExample() throws Exception {
        Request r = read("<doc>\n<func>status</func>\n<device_params>\n<ip>10.10.10.2</ip>\n<snmp_ver>SNMP v2c</snmp_ver>\n"
                + "<snmp_community>sdffga</snmp_community>\n</device_params>\n</doc>");
        assertEquals("status", r.func());
        assertEquals("10.10.10.2", r.deviceParams().ip());
        assertEquals("SNMP v2c", r.deviceParams().snmpVersion());
        assertEquals("sdffga", r.deviceParams().snmpCommunity());
        assertNull(r.port());
    }

    @Test
    void readsEveryPortField() throws Exception {
        Request r = read("<?xml version=\"1.0\"?><doc><func>set_vlan</func><device_params><ip>h</ip></device_params>"
                + "<port><identity>7</identity><speed>1gbps</speed><duplex>full</duplex><vlan_id>10</vlan_id>"
                + "<vlan_name>web</vlan_name><is_trunk>on</is_trunk><trunk_members>10,20</trunk_members>"
                + "<vlan_pvlan>0</vlan_pvlan><mapped_vlan>-1</mapped_vlan></port></doc>");
        PortParams p = r.port();
        assertEquals("7", p.identity());
        assertEquals("1gbps", p.speed());
        assertEquals("full", p.duplex());
        assertEquals("10", p.vlanId());
        assertEquals("web", p.vlanName());
        assertEquals("on", p.isTrunk());
        assertEquals("10,20", p.trunkMembers());
        assertEquals("0", p.vlanPvlan());
        assertEquals("-1", p.mappedVlan());
    }

    @Test
    void keepsEscapedCharactersOfSecrets() throws Exception {
        Request r = read("<doc><func>status</func><device_params><snmp_community>a&amp;b&lt;c</snmp_community>"
                + "</device_params></doc>");
        assertEquals("a&b<c", r.deviceParams().snmpCommunity());
    }

    @Test
    void ignoresUnknownElementsAndAcceptsAByteOrderMark() throws Exception {
        Request r = read("\uFEFF<doc><extra>x</extra><func>status</func></doc>");
        assertEquals("status", r.func());
    }

    @Test
    void refusesEmptyInput() {
        assertTrue(refusal("").contains("empty"));
        assertTrue(refusal("  \n ").contains("empty"));
    }

    @Test
    void refusesADoctype() {
        assertTrue(refusal("<!DOCTYPE doc [<!ENTITY x \"y\">]><doc><func>&x;</func></doc>").contains("DOCTYPE"));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() {
        String m = refusal("<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><doc><func>&xxe;</func></doc>");
        assertTrue(m.contains("DOCTYPE"), m);
        assertTrue(!m.contains("root:"), m);
    }

    @Test
    void refusesAnUndeclaredEntity() {
        String m = refusal("<doc><func>&xxe;</func></doc>");
        assertTrue(m.contains("xxe") || m.contains("entity"), m);
    }

    @Test
    void refusesAnotherRoot() {
        assertTrue(refusal("<request><func>status</func></request>").contains("<request>"));
    }

    @Test
    void refusesTwoDocuments() {
        refusal("<doc><func>status</func></doc><doc><func>status</func></doc>");
    }

    @Test
    void refusesTruncatedXml() {
        assertTrue(refusal("<doc><func>status</func><device_params>").contains("not"));
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] b = "<doc><func>status</func><x>\u00e9</x></doc>".getBytes(StandardCharsets.ISO_8859_1);
        HandlerException e = assertThrows(HandlerException.class, () -> RequestReader.read(new ByteArrayInputStream(b)));
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void refusesNulCharacters() {
        refusal("<doc><func>sta\u0000tus</func></doc>");
    }

    @Test
    void refusesDeepNesting() {
        String open = "<a>".repeat(100);
        String close = "</a>".repeat(100);
        assertTrue(refusal("<doc>" + open + close + "</doc>").contains("deeper"));
    }

    @Test
    void refusesMoreThanOneMebibyte() {
        String big = "<doc><func>status</func><pad>" + "x".repeat(RequestReader.MAX_BYTES) + "</pad></doc>";
        assertTrue(refusal(big).contains("1 MiB"));
    }

    @Test
    void acceptsARequestJustUnderTheLimit() throws Exception {
        String head = "<doc><func>status</func><pad>";
        String tail = "</pad></doc>";
        String s = head + "x".repeat(RequestReader.MAX_BYTES - head.length() - tail.length()) + tail;
        assertEquals(RequestReader.MAX_BYTES, s.length());
        assertEquals("status", read(s).func());
    }

    /** Every element of the request model, each given twice in turn: refused, naming it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyElementOfTheModel")
    void anElementTheModelHasOnceGivenTwiceIsRefusedNamingIt(String parent, String element) {
        String twice = "<" + element + ">x</" + element + "><" + element + ">y</" + element + ">";
        String doc = switch (parent) {
            case "doc" -> "<doc>" + twice + "</doc>";
            case "doc/device_params" -> "<doc><func>status</func><device_params>" + twice + "</device_params></doc>";
            default -> "<doc><func>port_off</func><port>" + twice + "</port></doc>";
        };
        String m = refusal(doc);
        assertTrue(m.contains("<" + element + "> twice"), m);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyElementOfTheModel() {
        return RequestReader.ONCE.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(name -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), name)));
    }

    @Test
    void theModelsElementsAreAllKnownToTheDuplicateCheck() {
        assertEquals(java.util.Set.of("func", "device_params", "port"), RequestReader.ONCE.get("doc"));
        assertTrue(RequestReader.ONCE.get("doc/device_params").containsAll(java.util.Set.of("ip", "snmp_ver",
                "snmp_community", "snmp_user", "snmp_auth_phrase", "snmp_priv_phrase", "snmp_auth_level", "user", "pass",
                "telnet_user", "telnet_pass", "ssh_user", "ssh_pass")));
        assertTrue(RequestReader.ONCE.get("doc/port").containsAll(java.util.Set.of("identity", "speed", "duplex",
                "vlan_id", "vlan_name", "is_trunk", "trunk_members", "vlan_pvlan", "mapped_vlan")));
    }

    @Test
    void twoFuncsAreRefusedWhicheverComesFirst() {
        assertTrue(refusal("<doc><func>status</func><func>port_off</func></doc>").contains("<func> twice"));
        assertTrue(refusal("<doc><func>port_off</func><device_params/><func>status</func></doc>").contains("<func> twice"));
        String m = refusal("<doc><func>status</func><device_params><ip>10.0.0.2</ip></device_params>"
                + "<device_params><ip>10.0.0.3</ip></device_params></doc>");
        assertTrue(m.contains("<device_params> twice"), m);
        m = refusal("<doc><func>port_off</func><port><identity>1</identity></port><port><identity>2</identity></port></doc>");
        assertTrue(m.contains("<port> twice"), m);
        m = refusal("<doc><device_params><ip>a</ip><snmp_community>x</snmp_community><snmp_community>y</snmp_community>"
                + "</device_params></doc>");
        assertTrue(m.contains("<snmp_community> twice in <device_params>"), m);
        assertTrue(!m.contains(">x<") && !m.contains(" y"), "the values are not quoted: " + m);
    }

    @Test
    void elementsOfTheSameNameUnderDifferentParentsAreNoDuplicates() throws Exception {
        Request r = read("<doc><func>port_off</func><device_params><ip>h</ip></device_params><port><identity>1</identity>"
                + "</port><unknown><ip>x</ip><ip>y</ip></unknown></doc>");
        assertEquals("1", r.port().identity());
    }

    @Test
    void anXml11DeclarationIsRefused() {
        String m = refusal("<?xml version=\"1.1\"?><doc><func>status&#1;</func></doc>");
        assertTrue(m.contains("XML version 1.1") && m.contains("1.0"), m);
        refusal("<?xml version='1.1' encoding='UTF-8'?><doc><func>status</func></doc>");
    }
}
