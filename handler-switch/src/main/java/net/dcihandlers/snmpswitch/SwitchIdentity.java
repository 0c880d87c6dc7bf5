package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.profile.DeviceIdentity;
import net.dcihandlers.core.snmp.profile.Families;
import org.snmp4j.smi.OID;

/**
 * Who the switch is: sysName, sysObjectID and the profile they select, found with one GETNEXT that
 * also probes every profile's probe column.
 */
record SwitchIdentity(String sysName, OID sysObjectId, SwitchProfile profile) {

    static SwitchIdentity read(Call call, SnmpClient snmp) throws HandlerException {
        Families<SwitchProfile> profiles = Profiles.load(call);
        DeviceIdentity id = DeviceIdentity.read(snmp, profiles.set());
        SwitchProfile profile = profiles.of(id);
        if (profile == null) {
            throw HandlerException.badData("no switch profile applies to the switch at " + snmp.address()
                    + " (sysObjectID " + id.sysObjectId() + "); the profiles of this installation leave out the"
                    + " IF-MIB profile that applies to any switch");
        }
        call.trace().line("switch '" + id.sysName() + "' sysObjectID " + id.sysObjectId() + " ("
                + id.describeProbes(profiles.set()) + "): profile " + profile.name());
        return new SwitchIdentity(id.sysName(), id.sysObjectId(), profile);
    }
}
