package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.Families;

/**
 * The PDU families dci-pdu knows: the profile files built into it
 * (src/main/resources/profiles/dci-pdu/, in the order their index gives) and those of the
 * installation (etc/profiles/dci-pdu/*.profile). Adding a vendor means adding a profile file and a
 * test against a recording or simulation of that vendor's PDU; see the README's developer section.
 */
final class Profiles {
    static final String HANDLER = "dci-pdu";

    private Profiles() {
    }

    static Families<PduProfile> load(Call call) throws HandlerException {
        return Families.load(HANDLER, Profiles.class, call, PduProfile::from);
    }
}
