package net.dcihandlers.ups;

import net.dcihandlers.core.testing.InProcess;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the panel registers from -info. */
class InfoTest {

    @Test
    void dciUpsIsAnSnmpUpsWithStatusOnly() {
        String info = InProcess.of(Main.spec()).run("", "-info").stdout();
        assertTrue(info.contains("<type>UPS</type>"), info);
        assertTrue(info.contains("<snmpv1/>") && info.contains("<snmpv2c/>") && info.contains("<snmpv3/>"), info);
        assertTrue(!info.contains("can_collect_power"), info);
        assertEquals(List.of("status"), NutUpsdTest.supportedFuncs(info));
    }

    @Test
    void dciUpsNutAsksForNoSnmp() {
        String info = InProcess.of(NutMain.spec()).run("", "-info").stdout();
        assertTrue(info.contains("<type>UPS</type>") && info.contains("<requirements/>"), info);
        assertEquals(List.of("status"), NutUpsdTest.supportedFuncs(info));
    }
}
