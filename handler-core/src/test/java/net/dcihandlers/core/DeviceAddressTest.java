package net.dcihandlers.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeviceAddressTest {

    @ParameterizedTest
    @CsvSource({
            "10.0.0.2, 10.0.0.2, 161",
            "10.0.0.2:1161, 10.0.0.2, 1161",
            "switch-7.dc1.example.net, switch-7.dc1.example.net, 161",
            "switch-7:16100, switch-7, 16100",
            "'[2001:db8::5]:623', 2001:db8::5, 623",
            "'[fe80::1%eth0]', fe80::1%eth0, 161",
            "2001:db8::5, 2001:db8::5, 161",
            "' 10.0.0.2 ', 10.0.0.2, 161",
    })
    void parsesTheAddressFormsOperatorsType(String ip, String host, int port) throws Exception {
        DeviceAddress a = DeviceAddress.parse(ip, 161);
        assertEquals(host, a.host());
        assertEquals(port, a.port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "10.0.0.2:", "10.0.0.2:0", "10.0.0.2:65536", "10.0.0.2:abc", "[2001:db8::5",
            "[2001:db8::5]x", "[host]:161", "a b", "$(touch /tmp/x)", "10.0.0.2;reboot", "`id`", "-oProxyCommand=x",
            "host|cat", "a\nb", "../../etc/passwd"})
    void refusesWhatIsNotAnAddress(String ip) {
        HandlerException e = assertThrows(HandlerException.class, () -> DeviceAddress.parse(ip, 161));
        assertEquals(net.dcihandlers.core.protocol.ErrorType.UNEXPECTED_DATA, e.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.0.0.0:161", "0", "0x0", "00", "0.1.2.3", "255.255.255.255",
            "255.255.255.255:623", "4294967295", "0xffffffff", "224.0.0.1", "239.255.255.250", "0xe0000001", "::",
            "[::]:161", "::0", "ff02::1", "[ff02::1]:623", "ff05::2", "::ffff:224.0.0.1", "[::ffff:0.0.0.0]:161"})
    void refusesAddressesThatNameNoOneDeviceBeforeAnythingIsSent(String ip) {
        HandlerException e = assertThrows(HandlerException.class, () -> DeviceAddress.parse(ip, 161));
        assertEquals(net.dcihandlers.core.protocol.ErrorType.UNEXPECTED_DATA, e.type());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().matches(".*(unspecified|broadcast|multicast).*"),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(ip), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.2", "1.0.0.0", "223.255.255.254", "240.0.0.1", "127.0.0.1", "0x0a000002",
            "2001:db8::5", "fe80::1", "fef0::1", "::1", "ipmi-7", "0host", "switch-0.dc1"})
    void acceptsAddressesOfOneDevice(String ip) throws Exception {
        assertEquals(ip, DeviceAddress.parse(ip, 161).host());
    }

    @ParameterizedTest
    @CsvSource({"127.1, 2130706433", "10.0.0.2, 167772162", "0x7f.1, 2130706433", "010.0.0.1, 134217729",
            "1.2.65535, 16973823", "4294967295, 4294967295", "1.256.0.0, -1", "1.2.3.4.5, -1", "host, -1",
            "08.1.1.1, -1", "1.2.16777216, -1"})
    void readsIpv4AsInetAtonDoes(String text, long value) {
        assertEquals(value, DeviceAddress.ipv4(text));
    }

    @org.junit.jupiter.api.Test
    void aHostNameResolvingToNoOneDeviceIsRefusedToo() throws Exception {
        HandlerException e = assertThrows(HandlerException.class, () -> DeviceAddress.checkDestination(
                java.net.InetAddress.getByName("224.0.0.251"), "mdns-name"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'mdns-name' resolves to 224.0.0.251"),
                e.getMessage());
        DeviceAddress.checkDestination(java.net.InetAddress.getByName("10.0.0.2"), "sw");
    }

    @org.junit.jupiter.api.Test
    void writesIpv6WithBrackets() throws Exception {
        assertEquals("[2001:db8::5]:623", DeviceAddress.parse("2001:db8::5", 623).toString());
        assertEquals("10.0.0.2:161", DeviceAddress.parse("10.0.0.2", 161).toString());
    }
}
