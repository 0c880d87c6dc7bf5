package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.Speed;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.core.snmp.profile.Families;
import org.snmp4j.smi.Variable;

import java.util.Map;

/**
 * The switch families dci-switch knows: the profile files built into it
 * (src/main/resources/profiles/dci-switch/, in the order their index gives) and those of the
 * installation (etc/profiles/dci-switch/*.profile). Adding a vendor means adding a profile file
 * and a test against a recording of that vendor's switch; see the README's developer section.
 */
final class Profiles {
    static final String HANDLER = "dci-switch";

    private Profiles() {
    }

    static Families<SwitchProfile> load(Call call) throws HandlerException {
        return Families.load(HANDLER, Profiles.class, call, SwitchProfile::from);
    }

    /** IF-MIB ifHighSpeed (Mbit/s) values the protocol can express. */
    static final Map<Integer, Speed> HIGH_SPEEDS = Map.of(10, Speed.MBPS10, 100, Speed.MBPS100, 1000, Speed.GBPS1,
            10_000, Speed.GBPS10);

    /** EtherLike-MIB dot3StatsDuplexStatus: 2 halfDuplex, 3 fullDuplex (1 unknown is left out). */
    static final Map<Integer, Duplex> DOT3_DUPLEX = Map.of(2, Duplex.HALF, 3, Duplex.FULL);

    /**
     * What a device value means in a value map, or null when the device gave no value, one of the
     * wrong type, or one the map does not know (Map.of refuses to look up null, hence the check).
     */
    static <T> T meaning(Map<Integer, T> values, Variable v) {
        Integer i = SnmpValues.asInt(v);
        return i == null ? null : values.get(i);
    }
}
