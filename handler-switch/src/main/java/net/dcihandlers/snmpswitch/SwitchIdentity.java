package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the switch is: sysName, sysObjectID and the profile they select, found with one GETNEXT that
 * also probes every profile's probe column.
 */
record SwitchIdentity(String sysName, OID sysObjectId, SwitchProfile profile) {

    static SwitchIdentity read(SnmpClient snmp, Trace trace) throws HandlerException {
        OID objectIdParent = parent(IfMib.SYS_OBJECT_ID);
        OID nameParent = parent(IfMib.SYS_NAME);
        List<OID> ask = new ArrayList<>(List.of(objectIdParent, nameParent));
        List<OID> probes = Profiles.probes();
        ask.addAll(probes);
        Map<OID, VariableBinding> got = snmp.next(ask);
        OID objectId = value(got, objectIdParent, IfMib.SYS_OBJECT_ID) == null ? null
                : SnmpValues.asOid(got.get(objectIdParent).getVariable());
        String name = value(got, nameParent, IfMib.SYS_NAME) == null ? null
                : SnmpValues.asText(got.get(nameParent).getVariable());
        Map<OID, Boolean> present = new HashMap<>();
        for (OID p : probes) {
            VariableBinding vb = got.get(p);
            present.put(p, vb != null && vb.getOid().startsWith(p) && vb.getOid().size() > p.size());
        }
        SwitchProfile profile = Profiles.select(objectId, present);
        trace.line("switch '" + name + "' sysObjectID " + objectId + " (" + Profiles.describeProbes(present)
                + "): profile " + profile.name());
        return new SwitchIdentity(name, objectId, profile);
    }

    private static OID parent(OID instance) {
        return new OID(instance.getValue(), 0, instance.size() - 1);
    }

    private static VariableBinding value(Map<OID, VariableBinding> got, OID asked, OID instance) {
        VariableBinding vb = got.get(asked);
        return vb != null && vb.getOid().equals(instance) ? vb : null;
    }
}
