package net.dcihandlers.pdu;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.core.snmp.SnmpObjects;
import net.dcihandlers.core.snmp.SnmpObjects.Syntax;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which PDU this is: its sysName and the profile whose outlet table answers, found with one
 * GETNEXT that probes every profile's state column at once. The family is chosen by the tables
 * the device really serves, not by sysObjectID: the public drivers disagree on which APC
 * sysObjectID is which generation, and newer firmware serves older tables too.
 */
record PduIdentity(String sysName, PduProfile profile) {
    /** SNMPv2-MIB sysName.0 */
    static final OID SYS_NAME = SnmpObjects.optional("sysName", "1.3.6.1.2.1.1.5.0", Syntax.OCTET_STRING);

    static PduIdentity read(SnmpClient snmp, Trace trace) throws HandlerException {
        OID nameParent = new OID(SYS_NAME.getValue(), 0, SYS_NAME.size() - 1);
        List<OID> ask = new ArrayList<>();
        ask.add(nameParent);
        Profiles.ALL.forEach(p -> ask.add(p.columns().state()));
        Map<OID, VariableBinding> got = snmp.next(ask);
        VariableBinding name = got.get(nameParent);
        String sysName = name != null && name.getOid().equals(SYS_NAME) ? SnmpValues.asText(name.getVariable()) : null;
        for (PduProfile p : Profiles.ALL) {
            OID column = p.columns().state();
            VariableBinding vb = got.get(column);
            if (vb != null && vb.getOid().startsWith(column) && vb.getOid().size() > column.size()) {
                trace.line("PDU '" + sysName + "': " + p.name());
                return new PduIdentity(sysName, p);
            }
        }
        throw HandlerException.badData("the device at " + snmp.address() + " answers SNMP but shows none of the outlet"
                + " tables dci-pdu knows (" + Profiles.ALL.stream().map(PduProfile::name)
                .collect(Collectors.joining("; ")) + "), or does not show them to this community or user");
    }

    /** How messages name the device: "the APC rPDU ... 'pdu-a3' at 10.0.0.5". */
    String describe(SnmpClient snmp) {
        return "the " + profile.name() + (sysName == null || sysName.isEmpty() ? "" : " '" + sysName + "'")
                + " at " + snmp.address();
    }
}
