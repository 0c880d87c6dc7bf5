package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.Families;

/**
 * The UPS families dci-ups knows: the profile files built into it
 * (src/main/resources/profiles/dci-ups/, in the order their index gives) and those of the
 * installation (etc/profiles/dci-ups/*.profile). Adding a family means adding a profile file and a
 * recording under src/test/resources/recordings; see the README's developer section.
 */
final class SnmpProfiles {
    static final String HANDLER = "dci-ups";

    private SnmpProfiles() {
    }

    static Families<SnmpUpsProfile> load(Call call) throws HandlerException {
        return Families.load(HANDLER, SnmpProfiles.class, call, SnmpUpsProfile::from);
    }
}
