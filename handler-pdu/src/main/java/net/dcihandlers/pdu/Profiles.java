package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.profile.Profile;
import net.dcihandlers.core.snmp.profile.ProfileSet;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The PDU families dci-pdu knows: the profile files built into it
 * (src/main/resources/profiles/dci-pdu/, in the order their index gives) and those of the
 * installation (etc/profiles/dci-pdu/*.profile). Adding a vendor means adding a profile file and a
 * test against a recording or simulation of that vendor's PDU; see the README's developer section.
 */
record Profiles(ProfileSet set, Map<Profile, PduProfile> bound) {
    static final String HANDLER = "dci-pdu";

    /** Every profile read and checked, so that a mistake in any is reported whichever device is asked. */
    static Profiles load(Call call) throws HandlerException {
        ProfileSet set = ProfileSet.load(HANDLER, Profiles.class, call.config(), call.trace());
        Map<Profile, PduProfile> bound = new IdentityHashMap<>();
        for (Profile p : set.profiles()) {
            bound.put(p, PduProfile.from(p));
        }
        return new Profiles(set, bound);
    }
}
