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
            // the switch's own management port: a port only if it turns out to be a bridge port
            "6, mgmt0, MANAGEMENT",
            "6, mgmt, MANAGEMENT",
            "6, Management1, MANAGEMENT",
            "6, MEth0/0/1, MANAGEMENT",
            "6, Out Of Band Management Port, MANAGEMENT",
            "6, oobm, MANAGEMENT",
            "6, FastEthernet0, MANAGEMENT",
            "6, Fa0, MANAGEMENT",
            "6, fxp0, MANAGEMENT",
            "6, FastEthernet0/1, PORT",
            "6, FastEthernet1/0/10, PORT",
            "6, Ethernet1/1, PORT",
            "6, GigabitEthernet0/0/1, PORT",
            "6, management-vlan-uplink 1, PORT",
    })
    void tellsPortsFromOtherInterfaces(int ifType, String descr, PortKind kind) {
        assertEquals(kind, PortKind.of(ifType, descr));
    }
}
