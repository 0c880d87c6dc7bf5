package net.dcihandlers.ups;

import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.testing.InProcess;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the panel registers from -info. */
class InfoTest {
    private static final HandlerSpec DCI_UPS = net.dcihandlers.ups.snmp.Main.spec();
    private static final HandlerSpec DCI_UPS_NUT = net.dcihandlers.ups.nut.Main.spec();

    @Test
    void dciUpsIsAnSnmpUpsWithStatusOnly() {
        String info = InProcess.of(DCI_UPS).run("", "-info").stdout();
        assertTrue(info.contains("<type>UPS</type>"), info);
        assertEquals(List.of("snmpv1", "snmpv2c", "snmpv3"), requirements(info));
        assertEquals(List.of("status"), UpsParams.supportedFuncs(info));
    }

    @Test
    void dciUpsNutAsksForNoSnmp() {
        String info = InProcess.of(DCI_UPS_NUT).run("", "-info").stdout();
        assertTrue(info.contains("<type>UPS</type>") && info.contains("<requirements/>"), info);
        assertEquals(List.of("status"), UpsParams.supportedFuncs(info));
    }

    /**
     * The panel shows power-consumption columns for servers and racks, filled from the statistics
     * of the PDU outlets servers are plugged into, once a device type declares can_collect_power. A
     * UPS handler has no outlets and no statistics: declaring it would promise figures that never come.
     */
    @Test
    void neitherUpsHandlerDeclaresCanCollectPower() {
        for (String info : List.of(InProcess.of(DCI_UPS).run("", "-info").stdout(),
                InProcess.of(DCI_UPS_NUT).run("", "-info").stdout())) {
            assertFalse(requirements(info).contains("can_collect_power"), info);
            assertFalse(UpsParams.supportedFuncs(info).contains("statistics"), info);
        }
    }

    private static List<String> requirements(String info) {
        if (info.contains("<requirements/>")) {
            return List.of();
        }
        String r = info.substring(info.indexOf("<requirements>"), info.indexOf("</requirements>"));
        return java.util.regex.Pattern.compile("<([a-z_0-9]+)/>").matcher(r).results().map(m -> m.group(1)).toList();
    }
}
