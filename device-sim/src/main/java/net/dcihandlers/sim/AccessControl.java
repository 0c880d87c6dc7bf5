package net.dcihandlers.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.mo.snmp.CoexistenceInfo;
import org.snmp4j.agent.mo.snmp.CoexistenceInfoProvider;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Who may read and who may write, set up through snmp4j-agent's own hooks so that refusals look
 * like a real agent's: a community it does not know gets no answer at all (snmp4j-agent drops a
 * message whose community this provider does not map), and a SET with the read-only community is
 * refused with noAccess because that community's write view contains nothing (VACM).
 *
 * <p>On a switch with per-VLAN bridge instances (Cisco IOS), {@code community@<vlan>} reads and
 * writes with the community's rights in the context {@code vlan-<vlan>}, and SNMPv3 requests may
 * name that context; the VACM access entries match the prefix {@code vlan-}, as
 * {@code snmp-server group ... context vlan- match prefix} does on IOS. A VLAN the switch does not
 * have is an unknown community, so such a request gets no answer, as on IOS.
 */
final class AccessControl implements CoexistenceInfoProvider {
    private static final OctetString READ_ONLY_NAME = new OctetString("readOnly");
    private static final OctetString READ_WRITE_NAME = new OctetString("readWrite");
    private static final OctetString READ_ONLY_GROUP = new OctetString("readOnlyGroup");
    private static final OctetString READ_WRITE_GROUP = new OctetString("readWriteGroup");
    private static final OctetString V3_GROUP = new OctetString("v3Group");
    private static final OctetString VIEW_ALL = new OctetString("all");
    private static final OctetString VIEW_NONE = new OctetString("none");
    private static final OctetString DEFAULT_CONTEXT = new OctetString();

    private final OctetString readCommunity;
    private final OctetString writeCommunity;
    private final Optional<V3User> v3User;
    private final OctetString engineId;
    /** Which VLANs have a bridge instance (community@vlan, context vlan-N); null if the switch has none. */
    private final IntPredicate vlanInstances;

    AccessControl(String readCommunity, String writeCommunity, Optional<V3User> v3User, OctetString engineId,
                  IntPredicate vlanInstances) {
        this.readCommunity = new OctetString(readCommunity);
        this.writeCommunity = new OctetString(writeCommunity);
        this.v3User = v3User;
        this.engineId = engineId;
        this.vlanInstances = vlanInstances;
    }

    /** The context of a VLAN's bridge instance. */
    static OctetString vlanContext(int vlan) {
        return new OctetString(BridgeMib.VLAN_CONTEXT_PREFIX + vlan);
    }

    @Override
    public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
        OctetString context = DEFAULT_CONTEXT;
        String text = community.toString();
        int at = text.lastIndexOf('@');
        if (vlanInstances != null && at > 0 && text.substring(at + 1).matches("[0-9]{1,4}")) {
            int vlan = Integer.parseInt(text.substring(at + 1));
            OctetString base = new OctetString(text.substring(0, at));
            if ((base.equals(writeCommunity) || base.equals(readCommunity)) && vlanInstances.test(vlan)) {
                community = base;
                context = vlanContext(vlan);
            }
        }
        // the write community first, in case both are the same string
        if (community.equals(writeCommunity)) {
            return new CoexistenceInfo[]{new CoexistenceInfo(READ_WRITE_NAME, engineId, context)};
        }
        if (community.equals(readCommunity)) {
            return new CoexistenceInfo[]{new CoexistenceInfo(READ_ONLY_NAME, engineId, context)};
        }
        return null;
    }

    @Override
    public OctetString getCommunity(OctetString securityName, OctetString contextEngineID, OctetString contextName) {
        if (READ_WRITE_NAME.equals(securityName)) {
            return writeCommunity;
        }
        return READ_ONLY_NAME.equals(securityName) ? readCommunity : null;
    }

    @Override
    public boolean passesFilter(Address address, CoexistenceInfo coexistenceInfo) {
        return true;
    }

    VacmMIB vacm(MOServer server) {
        VacmMIB vacm = new VacmMIB(new MOServer[]{server});
        for (int model : new int[]{SecurityModel.SECURITY_MODEL_SNMPv1, SecurityModel.SECURITY_MODEL_SNMPv2c}) {
            vacm.addGroup(model, READ_ONLY_NAME, READ_ONLY_GROUP, StorageType.volatile_);
            vacm.addGroup(model, READ_WRITE_NAME, READ_WRITE_GROUP, StorageType.volatile_);
        }
        List<OctetString> contexts = vlanInstances == null ? List.of(DEFAULT_CONTEXT)
                : List.of(DEFAULT_CONTEXT, new OctetString(BridgeMib.VLAN_CONTEXT_PREFIX));
        for (OctetString context : contexts) {
            addAccess(vacm, context, READ_ONLY_GROUP, SecurityModel.SECURITY_MODEL_ANY, SecurityLevel.NOAUTH_NOPRIV, VIEW_NONE);
            addAccess(vacm, context, READ_WRITE_GROUP, SecurityModel.SECURITY_MODEL_ANY, SecurityLevel.NOAUTH_NOPRIV, VIEW_ALL);
        }
        v3User.ifPresent(user -> {
            vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(user.name()), V3_GROUP, StorageType.volatile_);
            // the user is configured authPriv; a request at a lower level finds no access entry
            for (OctetString context : contexts) {
                addAccess(vacm, context, V3_GROUP, SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV, VIEW_ALL);
            }
        });
        vacm.addViewTreeFamily(VIEW_ALL, new OID("1"), new OctetString(), VacmMIB.vacmViewIncluded, StorageType.volatile_);
        vacm.addViewTreeFamily(VIEW_NONE, new OID("1"), new OctetString(), VacmMIB.vacmViewExcluded, StorageType.volatile_);
        return vacm;
    }

    private static void addAccess(VacmMIB vacm, OctetString context, OctetString group, int securityModel,
                                  int securityLevel, OctetString writeView) {
        int match = context.length() == 0 ? MutableVACM.VACM_MATCH_EXACT : MutableVACM.VACM_MATCH_PREFIX;
        vacm.addAccess(group, context, securityModel, securityLevel, match, VIEW_ALL, writeView, VIEW_NONE,
                StorageType.volatile_);
    }
}
