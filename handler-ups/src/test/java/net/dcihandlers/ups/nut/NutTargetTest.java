package net.dcihandlers.ups.nut;

import net.dcihandlers.core.HandlerException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device address of dci-ups-nut, as upsc writes it. */
class NutTargetTest {

    @Test
    void upscStyleAddressesNameTheUpsAndUpsd() throws HandlerException {
        NutTarget t = NutTarget.parse("rack1@10.0.0.5");
        assertEquals("rack1", t.ups());
        assertEquals("10.0.0.5", t.upsd().host());
        assertEquals(3493, t.upsd().port());
        assertEquals(13493, NutTarget.parse("rack1@nas.example.net:13493").upsd().port());
        NutTarget v6 = NutTarget.parse(" ups.main-2@[fd00::5]:3494 ");
        assertEquals("ups.main-2", v6.ups());
        assertEquals("fd00::5", v6.upsd().host());
        assertEquals(3494, v6.upsd().port());
        assertEquals("ups.main-2@[fd00::5]:3494", v6.toString());
    }

    @Test
    void withoutAUpsNameOnlyUpsdIsNamed() throws HandlerException {
        NutTarget t = NutTarget.parse("10.0.0.5:3493");
        assertNull(t.ups());
        assertEquals("10.0.0.5:3493", t.upsd().toString());
    }

    @Test
    void whatIsNoUpsNameOrAddressIsRefused() {
        for (String bad : new String[] {"", "@10.0.0.5", "a b@10.0.0.5", "ups@", "ups@10.0.0.5:99999",
                "ups@host;reboot", "ups\"x@h"}) {
            HandlerException e = assertThrows(HandlerException.class, () -> NutTarget.parse(bad), bad);
            assertEquals("unexpected_data", e.type().wire(), bad);
        }
        HandlerException e = assertThrows(HandlerException.class, () -> NutTarget.parse("bad name@h"));
        assertTrue(e.getMessage().contains("ups@host"), e.getMessage());
    }
}
