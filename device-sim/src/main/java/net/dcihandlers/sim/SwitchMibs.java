package net.dcihandlers.sim;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.ManagedObject;

/**
 * The MIB groups a switch of one {@link SwitchModel} serves beyond SNMPv2-MIB and IF-MIB, with the
 * state behind them; the model-specific parts are null on other models.
 */
final class SwitchMibs {
    final SwitchModel model;
    final Interfaces interfaces;
    final BridgePorts bridgePorts;
    final ForwardingDatabase fdb;
    final StaticVlans staticVlans;
    final CiscoPorts ciscoPorts;
    final VtpDomain vtp;
    final CiscoPortVlans ciscoPortVlans;
    private final boolean etherLike;

    SwitchMibs(SwitchModel model, Interfaces interfaces, BridgePorts bridgePorts, Map<Integer, String> vlans,
               int ciscoModule, long vtpApplyDelayNanos, boolean etherLike, Faults faults) {
        this.model = model;
        this.etherLike = etherLike;
        this.interfaces = interfaces;
        this.bridgePorts = bridgePorts;
        this.fdb = new ForwardingDatabase(bridgePorts);
        this.staticVlans = model == SwitchModel.Q_BRIDGE ? new StaticVlans(bridgePorts, vlans, faults) : null;
        boolean cisco = model == SwitchModel.CISCO_IOS;
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

    void register(DefaultMOServer server) {
        if (etherLike) {
            register(server, EtherLikeMib.dot3StatsTable(interfaces));
        }
        BridgeMib bridge = vtp != null ? BridgeMib.perVlan(bridgePorts, fdb, membership())
                : BridgeMib.single(bridgePorts, fdb, membership());
        register(server, bridge.basePortTable());
        register(server, bridge.tpFdbTable());
        if (staticVlans != null) {
            register(server, QBridgeMib.tpFdbTable(fdb, staticVlans));
            register(server, QBridgeMib.vlanStaticTable(staticVlans));
            register(server, QBridgeMib.portVlanTable(staticVlans));
        }
        if (ciscoPorts != null) {
            register(server, CiscoStackMib.portTable(ciscoPorts));
            register(server, CiscoVlanMembershipMib.vmMembershipTable(ciscoPortVlans));
            for (ManagedObject<?> mo : List.of(CiscoVtpMib.vlanTable(vtp), CiscoVtpMib.editControlTable(vtp),
                    CiscoVtpMib.editTable(vtp), CiscoVtpMib.trunkPortTable(ciscoPortVlans))) {
                register(server, mo);
            }
            // the per-VLAN bridge instances are contexts; their objects are the default context's
            // (registered for every context), answering per context
            for (int vlan : vtp.vlanIds()) {
                server.addContext(AccessControl.vlanContext(vlan));
            }
        }
    }

    static void register(DefaultMOServer server, ManagedObject<?> mo) {
        try {
            server.register(mo, null);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException("overlapping managed objects: " + mo, e);
        }
    }
}
