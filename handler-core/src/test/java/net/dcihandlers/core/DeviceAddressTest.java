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

    @org.junit.jupiter.api.Test
    void writesIpv6WithBrackets() throws Exception {
        assertEquals("[2001:db8::5]:623", DeviceAddress.parse("2001:db8::5", 623).toString());
        assertEquals("10.0.0.2:161", DeviceAddress.parse("10.0.0.2", 161).toString());
    }
}
