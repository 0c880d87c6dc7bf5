package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.profile.DeviceIdentity;
import net.dcihandlers.core.snmp.profile.Families;

/**
 * Which PDU this is: its sysName and the profile whose outlet table answers, found with one
 * GETNEXT that probes every profile's state column at once. The family is chosen by the tables
 * the device really serves, not by sysObjectID: the public drivers disagree on which APC
 * sysObjectID is which generation, and newer firmware serves older tables too.
 */
record PduIdentity(String sysName, PduProfile profile) {

    static PduIdentity read(Call call, SnmpClient snmp) throws HandlerException {
        Families<PduProfile> profiles = Profiles.load(call);
        DeviceIdentity id = DeviceIdentity.read(snmp, profiles.set());
        PduProfile profile = profiles.of(id);
        if (profile == null) {
            throw HandlerException.badData("the device at " + snmp.address() + " answers SNMP but shows none of the"
                    + " outlet tables dci-pdu knows (" + DeviceIdentity.families(profiles.set()) + "), or does not"
                    + " show them to this community or user");
        }
        call.trace().line("PDU '" + id.sysName() + "': " + profile.name());
        return new PduIdentity(id.sysName(), profile);
    }

    /** How messages name the device: "the APC rPDU ... 'pdu-a3' at 10.0.0.5". */
    String describe(SnmpClient snmp) {
        return "the " + profile.name() + (sysName == null || sysName.isEmpty() ? "" : " '" + sysName + "'")
                + " at " + snmp.address();
    }
}
