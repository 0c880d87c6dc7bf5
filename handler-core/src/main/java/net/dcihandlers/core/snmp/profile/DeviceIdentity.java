package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a device is and which family it belongs to, learnt in one request: a GETNEXT of sysObjectID,
 * sysName and every profile's probe objects, so that the family is chosen by what the device
 * serves (the tables it really has) and, where a profile says so, by its enterprise. The first
 * profile, in the set's order, that applies is the device's.
 *
 * @param sysName     SNMPv2-MIB sysName.0, or null
 * @param sysObjectId SNMPv2-MIB sysObjectID.0, or null
 * @param present     the probe objects the device has
 * @param profile     the first profile that applies, or null where none does
 */
public record DeviceIdentity(String sysName, OID sysObjectId, Set<MibObject> present, Profile profile) {
    /** SNMPv2-MIB sysObjectID.0 */
    public static final OID SYS_OBJECT_ID = SnmpObjects.required("sysObjectID", "1.3.6.1.2.1.1.2.0",
            Syntax.OBJECT_IDENTIFIER);
    /** SNMPv2-MIB sysName.0 */
    public static final OID SYS_NAME = SnmpObjects.optional("sysName", "1.3.6.1.2.1.1.5.0", Syntax.OCTET_STRING);

    public static DeviceIdentity read(SnmpClient snmp, ProfileSet profiles) throws HandlerException {
        OID objectIdParent = parent(SYS_OBJECT_ID);
        OID nameParent = parent(SYS_NAME);
        Set<MibObject> probes = new LinkedHashSet<>();
        profiles.profiles().forEach(p -> probes.addAll(p.probes()));
        Set<OID> ask = new LinkedHashSet<>(List.of(objectIdParent, nameParent));
        probes.forEach(o -> ask.add(o.probe()));
        Map<OID, VariableBinding> got = snmp.next(new ArrayList<>(ask));
        VariableBinding id = got.get(objectIdParent);
        OID objectId = id != null && id.getOid().equals(SYS_OBJECT_ID) ? SnmpValues.asOid(id.getVariable()) : null;
        VariableBinding name = got.get(nameParent);
        String sysName = name != null && name.getOid().equals(SYS_NAME) ? SnmpValues.asText(name.getVariable()) : null;
        Set<MibObject> present = new LinkedHashSet<>();
        for (MibObject o : probes) {
            VariableBinding vb = got.get(o.probe());
            if (vb != null && o.presentIn(vb.getOid())) {
                present.add(o);
            }
        }
        Profile chosen = profiles.profiles().stream().filter(p -> p.appliesTo(objectId, present)).findFirst()
                .orElse(null);
        return new DeviceIdentity(sysName, objectId, Set.copyOf(present), chosen);
    }

    /** What the probes found, for the trace: "vtpVlanState no, dot1qPvid yes". */
    public String describeProbes(ProfileSet profiles) {
        Set<String> out = new LinkedHashSet<>();
        profiles.profiles().forEach(p -> p.probes().forEach(o -> out.add(o.name() + (present.contains(o) ? " yes" : " no"))));
        return String.join(", ", out);
    }

    /** The families of the set, for a message saying none applied: "APC rPDU2 ...; IBM BladeCenter ...". */
    public static String families(ProfileSet profiles) {
        return profiles.profiles().stream().map(Profile::name).collect(Collectors.joining("; "));
    }

    private static OID parent(OID instance) {
        return new OID(instance.getValue(), 0, instance.size() - 1);
    }
}
