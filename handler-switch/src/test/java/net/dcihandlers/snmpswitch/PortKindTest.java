package net.dcihandlers.snmpswitch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortKindTest {

    @ParameterizedTest
    @CsvSource({
            "6, GigabitEthernet1/0/1, PORT",
            "117, ge-0/0/1, PORT",
            "161, ae0, PORT",
            "6, swp1, PORT",
            "53, Port-channel1, PORT",
            "53, Po12, PORT",
            "53, Vlan1, NOT_A_PORT",
            "53, StackPort3, NOT_A_PORT",
            "53, StackSub-St3-1, NOT_A_PORT",
            "53, Null0, NOT_A_PORT",
            "53, Something7, ASK_BRIDGE",
            "24, lo, NOT_A_PORT",
            "1, Null0, NOT_A_PORT",
            "136, vlan.100, NOT_A_PORT",
            "131, Tunnel0, NOT_A_PORT",
    })
    void tellsPortsFromOtherInterfaces(int ifType, String descr, PortKind kind) {
        assertEquals(kind, PortKind.of(ifType, descr));
    }
}
