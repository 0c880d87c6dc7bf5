package net.dcihandlers.snmpswitch;

import org.junit.jupiter.api.Test;
import org.snmp4j.smi.OID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MacListFormatTest {
    @Test
    void writesTheMacOfAnFdbIndexInTheProtocolsColonForm() {
        assertEquals("68:99:CD:A5:9F:88", MacList.mac(new OID("104.153.205.165.159.136")));
        // a Q-BRIDGE index starts with the fdbId
        assertEquals("00:1A:2B:3C:4D:5E", MacList.mac(new OID("10.0.26.43.60.77.94")));
    }
}
