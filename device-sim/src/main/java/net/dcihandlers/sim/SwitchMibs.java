package net.dcihandlers.sim;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;

/**
 * The MIB groups a switch of one {@link SwitchModel} serves beyond the system group, with the
 * state behind them; the model-specific parts are null on other models.
 */
final class SwitchMibs {
    /** IF-MIB ifNumber. */
    private static final OID IF_NUMBER = new OID("1.3.6.1.2.1.2.1.0");

    final SwitchModel model;
    final Interfaces interfaces;
    final BridgePorts bridgePorts;
    final ForwardingDatabase fdb;
    final StaticVlans staticVlans;
    final CiscoPorts ciscoPorts;
    final VtpDomain vtp;
    final CiscoPortVlans ciscoPortVlans;
    private final boolean etherLike;
    private final Faults faults;

    SwitchMibs(SwitchModel model, Interfaces interfaces, BridgePorts bridgePorts, Map<Integer, String> vlans,
               int ciscoModule, long vtpApplyDelayNanos, boolean etherLike, Faults faults) {
        this.model = model;
        this.etherLike = etherLike;
        this.faults = faults;
        this.interfaces = interfaces;
        this.bridgePorts = bridgePorts;
        this.fdb = new ForwardingDatabase(bridgePorts);
        this.staticVlans = model.vlanMibs() == SwitchModel.VlanMibs.Q_BRIDGE
                ? new StaticVlans(bridgePorts, vlans, faults) : null;
        boolean cisco = model.vlanMibs() == SwitchModel.VlanMibs.CISCO_VTP;
        this.ciscoPorts = cisco ? new CiscoPorts(interfaces, bridgePorts, ciscoModule, faults) : null;
        this.vtp = cisco ? new VtpDomain(vlans, vtpApplyDelayNanos, faults) : null;
        this.ciscoPortVlans = cisco ? new CiscoPortVlans(bridgePorts, vtp, faults) : null;
    }

    /** Which VLANs have their own bridge instance (Cisco IOS), or null if the switch has one bridge. */
    IntPredicate vlanInstances() {
        return vtp == null ? null : vtp::exists;
    }

    private VlanMembership membership() {
        if (staticVlans != null) {
            return staticVlans::carries;
        }
        return ciscoPortVlans != null ? ciscoPortVlans::carries : VlanMembership.ALL;
    }

    /** Serves SNMPv2-MIB snmpInPkts, IF-MIB ifNumber, ifTable and ifXTable, and the model's groups. */
    void register(Agent agent) {
        agent.register(Snmpv2Mib.snmpInPkts(agent.gate));
        agent.register(new MOScalar<>(IF_NUMBER, MOAccessImpl.ACCESS_READ_ONLY, new Integer32(interfaces.size())));
        agent.register(new InterfaceTable(IfColumn.Table.IF_ENTRY, interfaces, faults));
        agent.register(new InterfaceTable(IfColumn.Table.IF_X_ENTRY, interfaces, faults));
        if (etherLike) {
            agent.register(EtherLikeMib.dot3StatsTable(interfaces));
        }
        BridgeMib bridge = vtp != null ? BridgeMib.perVlan(bridgePorts, fdb, membership())
                : BridgeMib.single(bridgePorts, fdb, membership());
        agent.register(bridge.basePortTable());
        agent.register(bridge.tpFdbTable());
        if (staticVlans != null) {
            agent.register(QBridgeMib.tpFdbTable(fdb, staticVlans));
            agent.register(QBridgeMib.vlanStaticTable(staticVlans));
            agent.register(QBridgeMib.portVlanTable(staticVlans));
        }
        if (ciscoPorts != null) {
            agent.register(CiscoStackMib.portTable(ciscoPorts));
            agent.register(CiscoVlanMembershipMib.vmMembershipTable(ciscoPortVlans));
            for (ManagedObject<?> mo : List.of(CiscoVtpMib.vlanTable(vtp), CiscoVtpMib.editControlTable(vtp),
                    CiscoVtpMib.editTable(vtp), CiscoVtpMib.trunkPortTable(ciscoPortVlans))) {
                agent.register(mo);
            }
            // the per-VLAN bridge instances are contexts; their objects are the default context's
            // (registered for every context), answering per context
            for (int vlan : vtp.vlanIds()) {
                agent.addContext(AccessControl.vlanContext(vlan));
            }
        }
    }
}
