package net.dcihandlers.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A simulated SNMP switch on 127.0.0.1, built on snmp4j-agent, for tests and demos: SNMPv2-MIB
 * system group and snmpInPkts, IF-MIB ifNumber, ifTable and ifXTable, BRIDGE-MIB, EtherLike-MIB,
 * a read-only and a read-write community, optionally an SNMPv3 user, and {@link Fault}s that can be
 * switched while it runs. A {@link SwitchModel} adds a vendor's writable objects: Q-BRIDGE-MIB VLANs
 * like an HP/Aruba ProCurve, or Cisco IOS's port table, VLAN objects and per-VLAN bridge instances.
 *
 * <pre>{@code
 * try (SimulatedSwitch sw = SimulatedSwitch.builder().model(SwitchModel.Q_BRIDGE).ports(48).vlan(10, "web").start()) {
 *     // point the code under test at sw.address() with community "public" / "private"
 *     sw.setFaults(Fault.maxBindings(64));
 *     assertEquals(Set.of(3), sw.qBridge().untaggedPorts(10));
 * }
 * }</pre>
 *
 * All state accessors take an ifIndex and throw IllegalArgumentException for one the switch does
 * not have. Status values are IF-MIB's: 1 up, 2 down. Bridge port k is the k-th port in port order
 * (plus {@link Builder#firstBridgePort} - 1), whatever its ifIndex.
 */
public final class SimulatedSwitch implements AutoCloseable {
    private final Interfaces interfaces;
    private final SwitchMibs mibs;
    private final Faults faults;
    private final Agent agent;
    private final int port;

    private SimulatedSwitch(Interfaces interfaces, SwitchMibs mibs, Faults faults, Agent agent) {
        this.interfaces = interfaces;
        this.mibs = mibs;
        this.faults = faults;
        this.agent = agent;
        this.port = agent.port();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The UDP port the agent listens on. */
    public int port() {
        return port;
    }

    /** "127.0.0.1:port", as a handler's {@code ip} device parameter may give it. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    public SwitchModel model() {
        return mibs.model;
    }

    /**
     * Datagrams received since start or the last {@link #resetRequests()}: every request a client
     * sent, its retries, SNMPv3 discovery, unanswered ones (bad community, SILENT, DROP) included.
     * A request is counted before it is answered.
     */
    public long requests() {
        return agent.gate.received();
    }

    /** Resets {@link #requests()}, {@link #setRequests()} and {@link #refusedSetRequests()} (snmpInPkts runs on). */
    public void resetRequests() {
        agent.gate.resetReceived();
        agent.processor.resetSets();
    }

    /** SET requests that reached the agent (decoded; for SNMPv3 authenticated) since start or the last reset. */
    public long setRequests() {
        return agent.processor.sets();
    }

    /** SET requests answered with an error status (nothing of them changed) since start or the last reset. */
    public long refusedSetRequests() {
        return agent.processor.refusedSets();
    }

    /** ifAdminStatus: 1 up, 2 down. */
    public int adminStatus(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).adminStatus();
    }

    /** Sets ifAdminStatus as a SET would: 1 up, 2 down. */
    public void setAdminStatus(int ifIndex, int status) {
        interfaces.byIfIndex(ifIndex).setAdminStatus(status);
    }

    /** ifOperStatus: 2 down while the port is administratively down or its link is down, else 1 up. */
    public int operStatus(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).operStatus();
    }

    /** Plugs or unplugs the cable: the link state under ifOperStatus. Links start up. */
    public void setLink(int ifIndex, boolean up) {
        interfaces.byIfIndex(ifIndex).setLink(up);
    }

    public String descr(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).descr();
    }

    /** ifAlias, which a SET may change. */
    public String alias(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).alias();
    }

    public void setAlias(int ifIndex, String alias) {
        interfaces.byIfIndex(ifIndex).setAlias(alias);
    }

    /** ifHighSpeed: the speed the interface runs at now, in Mbit/s (a forced Cisco speed included). */
    public long speedMbps(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).speedBitsPerSecond() / 1_000_000L;
    }

    /** EtherLike-MIB dot3StatsDuplexStatus of a port: 1 unknown, 2 halfDuplex, 3 fullDuplex. */
    public int duplexStatus(int ifIndex) {
        return interfaces.byIfIndex(ifIndex).duplexStatus();
    }

    /** What the port negotiates with its far end (the cable's other side): 1 unknown, 2 half, 3 full. */
    public void setNegotiatedDuplex(int ifIndex, int status) {
        interfaces.byIfIndex(ifIndex).setNegotiatedDuplex(status);
    }

    /** The full 64-bit value of a counter (the ifHC* column); the 32-bit column serves its low 32 bits. */
    public long counter(int ifIndex, IfCounter counter) {
        return interfaces.byIfIndex(ifIndex).counter(counter);
    }

    public void setCounter(int ifIndex, IfCounter counter, long value) {
        interfaces.byIfIndex(ifIndex).setCounter(counter, value);
    }

    /** The ifIndexes of the ports (ethernetCsmacd interfaces the builder made), ascending. */
    public List<Integer> portIfIndexes() {
        return interfaces.all().stream().filter(SwitchInterface::isPort).map(SwitchInterface::ifIndex)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Every ifIndex, ports and other interfaces, ascending. */
    public List<Integer> ifIndexes() {
        return interfaces.all().stream().map(SwitchInterface::ifIndex).collect(Collectors.toUnmodifiableList());
    }

    /** BRIDGE-MIB's number for a port (dot1dBasePort). */
    public int bridgePort(int ifIndex) {
        return mibs.bridgePorts.of(ifIndex);
    }

    /** The MAC addresses the switch knows; add some for mac_list to find. */
    public ForwardingDatabase fdb() {
        return mibs.fdb;
    }

    /** Q-BRIDGE-MIB VLANs and PVIDs; only on a model with {@link SwitchModel.VlanMibs#Q_BRIDGE} VLANs. */
    public StaticVlans qBridge() {
        return modelPart(mibs.staticVlans, SwitchModel.VlanMibs.Q_BRIDGE);
    }

    /** CISCO-STACK-MIB portTable speed and duplex settings; only on a model with {@link SwitchModel.VlanMibs#CISCO_VTP} VLANs. */
    public CiscoPorts ciscoPorts() {
        return modelPart(mibs.ciscoPorts, SwitchModel.VlanMibs.CISCO_VTP);
    }

    /** Access VLANs and trunk settings of the ports; only on a model with {@link SwitchModel.VlanMibs#CISCO_VTP} VLANs. */
    public CiscoPortVlans ciscoVlans() {
        return modelPart(mibs.ciscoPortVlans, SwitchModel.VlanMibs.CISCO_VTP);
    }

    /** The VTP domain: VLAN names and the edit buffer; only on a model with {@link SwitchModel.VlanMibs#CISCO_VTP} VLANs. */
    public VtpDomain vtp() {
        return modelPart(mibs.vtp, SwitchModel.VlanMibs.CISCO_VTP);
    }

    private <T> T modelPart(T part, SwitchModel.VlanMibs needed) {
        if (part == null) {
            throw new IllegalStateException("a " + mibs.model + " switch has no such objects; build it as a model with "
                    + needed + " VLANs");
        }
        return part;
    }

    /** Replaces the active faults; takes effect with the next request. No faults: a well-behaved agent. */
    public void setFaults(Fault... active) {
        faults.set(Arrays.asList(active));
    }

    public void clearFaults() {
        faults.set(List.of());
    }

    public List<Fault> faults() {
        return faults.active();
    }

    /** Stops listening and frees the port. */
    @Override
    public void close() {
        agent.close();
    }

    @Override
    public String toString() {
        return "SimulatedSwitch[" + mibs.model + ", " + address() + ", " + interfaces.size() + " interfaces, faults "
                + faults.active() + "]";
    }

    /** Configures a switch; {@link #start()} binds it. Port positions below are 1-based, in port order. */
    public static final class Builder {
        private int port = 0;
        private final InterfaceLayout layout = new InterfaceLayout();
        private Boolean etherLike;
        private SwitchModel model = SwitchModel.PLAIN;
        private String sysName = "sim-switch";
        private String sysDescr;
        private String sysObjectId;
        private String readCommunity = "public";
        private String writeCommunity = "private";
        private V3User v3User;
        private int firstBridgePort = 1;
        private final Map<Integer, String> vlans = new TreeMap<>();
        private int ciscoModule = 1;
        private Duration vtpApplyDelay = Duration.ofMillis(150);
        private final List<Fault> faults = new ArrayList<>();

        private Builder() {
        }

        /** UDP port to listen on; 0 (the default) takes an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a UDP port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Which switch to play (default {@link SwitchModel#PLAIN}); also its sysObjectID and
         * sysDescr unless those are given.
         */
        public Builder model(SwitchModel model) {
            this.model = model;
            return this;
        }

        /** Number of ports (ethernetCsmacd interfaces); default 8. */
        public Builder ports(int count) {
            layout.ports(count);
            return this;
        }

        /** ifIndex of the first port; the others follow consecutively. Default 1. */
        public Builder firstIfIndex(int ifIndex) {
            layout.firstIfIndex(ifIndex);
            return this;
        }

        /** The ports' ifIndexes, in port order (sparse ones like 10101, 10102... welcome); fixes the port count. */
        public Builder ifIndexes(int... ifIndexes) {
            layout.ifIndexes(ifIndexes);
            return this;
        }

        /** BRIDGE-MIB number of the first port (default 1); the others follow in port order. */
        public Builder firstBridgePort(int bridgePort) {
            if (bridgePort < 1) {
                throw new IllegalArgumentException("bridge ports start at 1: " + bridgePort);
            }
            this.firstBridgePort = bridgePort;
            return this;
        }

        /**
         * ifDescr and ifName of ports 1, 2, ... in order (any text, {@code &} and {@code <} included).
         * Ports without a name are named as the model names them.
         */
        public Builder portNames(String... names) {
            for (int i = 0; i < names.length; i++) {
                portName(i + 1, names[i]);
            }
            return this;
        }

        /** ifDescr and ifName of the port at this position. */
        public Builder portName(int position, String name) {
            layout.name(position, name);
            return this;
        }

        /** Speed of every port in Mbit/s (ifHighSpeed; ifSpeed saturates above 4294 Mbit/s). Default 1000. */
        public Builder portSpeedMbps(long mbps) {
            layout.speedMbps(mbps);
            return this;
        }

        /** Speed of the port at this position, e.g. 100, 10000, 25000 or 40000 Mbit/s. */
        public Builder portSpeedMbps(int position, long mbps) {
            layout.speedMbps(position, mbps);
            return this;
        }

        /**
         * Serves EtherLike-MIB dot3StatsDuplexStatus, every port full duplex unless set otherwise.
         * On by default on the Q-BRIDGE and Cisco models; the plain switch has no EtherLike-MIB
         * unless this or {@link #duplexStatus} is called.
         */
        public Builder etherLike() {
            this.etherLike = true;
            return this;
        }

        /** dot3StatsDuplexStatus the port at this position negotiates: 1 unknown, 2 half, 3 full. Implies {@link #etherLike()}. */
        public Builder duplexStatus(int position, int status) {
            layout.duplex(position, status);
            return etherLike();
        }

        /**
         * A VLAN besides the default VLAN 1: on the Q-BRIDGE switch with no member ports (see
         * {@link StaticVlans#configureAccess}), on the Cisco switch in the VTP database.
         */
        public Builder vlan(int id, String name) {
            StaticVlans.checkVlanId(id);
            vlans.put(id, name);
            return this;
        }

        /** The Cisco switch's module number in CISCO-STACK-MIB portTable indexes (module.port); default 1. */
        public Builder ciscoModule(int module) {
            if (module < 1) {
                throw new IllegalArgumentException("modules start at 1: " + module);
            }
            this.ciscoModule = module;
            return this;
        }

        /** How long vtpVlanApplyStatus reads inProgress after an apply; default 150 ms. */
        public Builder vtpApplyDelay(Duration delay) {
            this.vtpApplyDelay = delay;
            return this;
        }

        public Builder sysName(String sysName) {
            this.sysName = sysName;
            return this;
        }

        public Builder sysDescr(String sysDescr) {
            this.sysDescr = sysDescr;
            return this;
        }

        /** sysObjectID in dotted form; default the model's (1.3.6.1.4.1.99999.1 for the plain switch). */
        public Builder sysObjectId(String oid) {
            if (!oid.matches("[0-9]+(\\.[0-9]+)+")) {
                throw new IllegalArgumentException("not a dotted OID: " + oid);
            }
            this.sysObjectId = oid;
            return this;
        }

        /** Community that may read (SNMPv1/v2c); default "public". */
        public Builder readCommunity(String community) {
            this.readCommunity = community;
            return this;
        }

        /** Community that may read and write; default "private". */
        public Builder writeCommunity(String community) {
            this.writeCommunity = community;
            return this;
        }

        /** Adds an SNMPv3 user, authPriv with SHA and AES-128, allowed to read and write. */
        public Builder v3User(String name, String authPassphrase, String privPassphrase) {
            this.v3User = new V3User(name, authPassphrase, privPassphrase);
            return this;
        }

        /** Adds an interface that is not a port, e.g. (5001, "Vlan1", 53) or (5002, "Null0", 1). */
        public Builder extraInterface(int ifIndex, String descr, int ifType) {
            layout.extra(ifIndex, descr, ifType);
            return this;
        }

        /**
         * Adds the non-port interfaces a Cisco switch shows: "Vlan1" propVirtual(53), "Null0"
         * other(1) and "Loopback0" softwareLoopback(24), numbered after the highest port ifIndex.
         */
        public Builder virtualInterfaces() {
            layout.virtualInterfaces();
            return this;
        }

        /** Faults active from the start. */
        public Builder faults(Fault... active) {
            faults.addAll(Arrays.asList(active));
            return this;
        }

        /** Builds the switch and starts listening. */
        public SimulatedSwitch start() {
            Interfaces interfaces = new Interfaces(layout.interfaces(model));
            Faults activeFaults = new Faults();
            activeFaults.set(faults);
            boolean withEtherLike = etherLike != null ? etherLike : model.etherLike();
            SwitchMibs mibs = new SwitchMibs(model, interfaces, new BridgePorts(firstBridgePort, layout.portIfIndexes()),
                    vlans, ciscoModule, vtpApplyDelay.toNanos(), withEtherLike, activeFaults);
            Agent agent = new Agent(new Snmpv2Mib.Identity(sysDescr != null ? sysDescr : model.sysDescr(),
                    sysObjectId != null ? sysObjectId : model.sysObjectId(), sysName), activeFaults);
            mibs.register(agent);
            try {
                agent.listen(port, new Agent.Access(readCommunity, writeCommunity, v3User, mibs.vlanInstances()));
                return new SimulatedSwitch(interfaces, mibs, activeFaults, agent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on udp:127.0.0.1:" + port, e);
            }
        }
    }
}
