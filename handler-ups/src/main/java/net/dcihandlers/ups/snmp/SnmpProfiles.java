package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileSet;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The UPS families dci-ups knows: the profile files built into it
 * (src/main/resources/profiles/dci-ups/, in the order their index gives) and those of the
 * installation (etc/profiles/dci-ups/*.profile). Adding a family means adding a profile file and a
 * recording under src/test/resources/recordings; see the README's developer section.
 */
record SnmpProfiles(ProfileSet set, Map<Profile, SnmpUpsProfile> bound) {
    static final String HANDLER = "dci-ups";

    /** Every profile read and checked, so that a mistake in any is reported whichever UPS is asked. */
    static SnmpProfiles load(Call call) throws HandlerException {
        ProfileSet set = ProfileSet.load(HANDLER, SnmpProfiles.class, call.config(), call.trace());
        Map<Profile, SnmpUpsProfile> bound = new IdentityHashMap<>();
        for (Profile p : set.profiles()) {
            bound.put(p, SnmpUpsProfile.from(p));
        }
        return new SnmpProfiles(set, bound);
    }
}
