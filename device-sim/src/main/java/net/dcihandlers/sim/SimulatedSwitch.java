package net.dcihandlers.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/**
 * A simulated SNMP switch on 127.0.0.1, built on snmp4j-agent, for tests and demos: SNMPv2-MIB
 * system group, IF-MIB ifNumber, ifTable and ifXTable, a read-only and a read-write community,
 * optionally an SNMPv3 user, and {@link Fault}s that can be switched while it runs.
 *
 * <pre>{@code
 * try (SimulatedSwitch sw = SimulatedSwitch.builder().ports(48).sysName("sw1").start()) {
 *     // point the code under test at sw.address() with community "public" / "private"
 *     sw.setFaults(Fault.maxBindings(64));
 *     assertEquals(2, sw.adminStatus(3));
 * }
 * }</pre>
 *
 * All state accessors take an ifIndex and throw IllegalArgumentException for one the switch does
 * not have. Status values are IF-MIB's: 1 up, 2 down.
 */
public final class SimulatedSwitch implements AutoCloseable {
    // SNMPv2-MIB system group and IF-MIB ifNumber
    private static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    private static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    private static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    private static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
    private static final OID IF_NUMBER = new OID("1.3.6.1.2.1.2.1.0");

    /** Distinguishes the SNMP engines of switches running in one JVM. */
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final Interfaces interfaces;
    private final Faults faults;
    private final RequestGate gate;
    private final LoopbackUdpTransport transport;
    private final int port;

    private SimulatedSwitch(Interfaces interfaces, Faults faults, RequestGate gate, LoopbackUdpTransport transport) {
        this.interfaces = interfaces;
        this.faults = faults;
        this.gate = gate;
        this.transport = transport;
        this.port = transport.boundPort();
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

    /**
     * Datagrams received since start or the last {@link #resetRequests()}: every request a client
     * sent, its retries, SNMPv3 discovery, unanswered ones (bad community, SILENT, DROP) included.
     * A request is counted before it is answered.
     */
    public long requests() {
        return gate.received();
    }

    public void resetRequests() {
        gate.resetReceived();
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
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "SimulatedSwitch[" + address() + ", " + interfaces.size() + " interfaces, faults " + faults.active() + "]";
    }

    /** Configures a switch; {@link #start()} binds it. Port positions below are 1-based, in port order. */
    public static final class Builder {
        private int port = 0;
        private Integer ports;
        private int[] explicitIfIndexes;
        private int firstIfIndex = 1;
        private final TreeMap<Integer, String> portNames = new TreeMap<>();
        private long portSpeedMbps = 1000;
        private String sysName = "sim-switch";
        private String sysDescr = "dci-handlers simulated switch";
        private String sysObjectId = "1.3.6.1.4.1.99999.1";
        private String readCommunity = "public";
        private String writeCommunity = "private";
        private V3User v3User;
        private boolean virtualInterfaces;
        private final List<Extra> extras = new ArrayList<>();
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

        /** Number of ports (ethernetCsmacd interfaces); default 8. */
        public Builder ports(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative port count: " + count);
            }
            this.ports = count;
            return this;
        }

        /** ifIndex of the first port; the others follow consecutively. Default 1. */
        public Builder firstIfIndex(int ifIndex) {
            if (ifIndex < 1) {
                throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
            }
            this.firstIfIndex = ifIndex;
            return this;
        }

        /** The ports' ifIndexes, in port order (sparse ones like 10101, 10102... welcome); fixes the port count. */
        public Builder ifIndexes(int... ifIndexes) {
            this.explicitIfIndexes = ifIndexes.clone();
            return this;
        }

        /**
         * ifDescr and ifName of ports 1, 2, ... in order (any text, {@code &} and {@code <} included).
         * Ports without a name get ifDescr "GigabitEthernet1/0/p" and ifName "Gi1/0/p".
         */
        public Builder portNames(String... names) {
            for (int i = 0; i < names.length; i++) {
                portName(i + 1, names[i]);
            }
            return this;
        }

        /** ifDescr and ifName of the port at this position. */
        public Builder portName(int position, String name) {
            if (position < 1) {
                throw new IllegalArgumentException("port positions start at 1: " + position);
            }
            portNames.put(position, name);
            return this;
        }

        /** Speed of every port in Mbit/s (ifHighSpeed; ifSpeed saturates above 4294 Mbit/s). Default 1000. */
        public Builder portSpeedMbps(long mbps) {
            this.portSpeedMbps = mbps;
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

        /** sysObjectID in dotted form; default 1.3.6.1.4.1.99999.1. */
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
            if (ifIndex < 1) {
                throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
            }
            extras.add(new Extra(ifIndex, descr, ifType));
            return this;
        }

        /**
         * Adds the non-port interfaces a Cisco switch shows: "Vlan1" propVirtual(53), "Null0"
         * other(1) and "Loopback0" softwareLoopback(24), numbered after the highest port ifIndex.
         */
        public Builder virtualInterfaces() {
            this.virtualInterfaces = true;
            return this;
        }

        /** Faults active from the start. */
        public Builder faults(Fault... active) {
            faults.addAll(Arrays.asList(active));
            return this;
        }

        /** Builds the switch and starts listening. */
        public SimulatedSwitch start() {
            Interfaces interfaces = new Interfaces(interfaceList());
            Faults activeFaults = new Faults();
            activeFaults.set(faults);
            try {
                return assemble(interfaces, activeFaults);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on udp:127.0.0.1:" + port, e);
            }
        }

        private List<SwitchInterface> interfaceList() {
            int[] portIfIndexes = portIfIndexes();
            if (!portNames.isEmpty() && portNames.lastKey() > portIfIndexes.length) {
                throw new IllegalStateException("a name is given for port " + portNames.lastKey()
                        + " but the switch has " + portIfIndexes.length + " ports");
            }
            List<SwitchInterface> list = new ArrayList<>();
            for (int p = 1; p <= portIfIndexes.length; p++) {
                String named = portNames.get(p);
                String descr = named != null ? named : "GigabitEthernet1/0/" + p;
                String name = named != null ? named : "Gi1/0/" + p;
                list.add(new SwitchInterface(portIfIndexes[p - 1], descr, name, SwitchInterface.TYPE_ETHERNET_CSMACD,
                        1500, portSpeedMbps * 1_000_000L, mac(0x00, p), true, ""));
            }
            for (Extra e : extras) {
                list.add(extra(e.ifIndex(), e.descr(), e.type()));
            }
            if (virtualInterfaces) {
                int next = list.stream().mapToInt(SwitchInterface::ifIndex).max().orElse(0) + 1;
                list.add(extra(next, "Vlan1", SwitchInterface.TYPE_PROP_VIRTUAL));
                list.add(extra(next + 1, "Null0", SwitchInterface.TYPE_OTHER));
                list.add(extra(next + 2, "Loopback0", SwitchInterface.TYPE_SOFTWARE_LOOPBACK));
            }
            return list;
        }

        private int[] portIfIndexes() {
            if (explicitIfIndexes != null) {
                if (ports != null && ports != explicitIfIndexes.length) {
                    throw new IllegalStateException(ports + " ports but " + explicitIfIndexes.length + " ifIndexes given");
                }
                for (int ifIndex : explicitIfIndexes) {
                    if (ifIndex < 1) {
                        throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
                    }
                }
                return explicitIfIndexes.clone();
            }
            int count = ports != null ? ports : 8;
            int[] ifIndexes = new int[count];
            for (int i = 0; i < count; i++) {
                ifIndexes[i] = firstIfIndex + i;
            }
            return ifIndexes;
        }

        private record Extra(int ifIndex, String descr, int type) {
        }

        private static SwitchInterface extra(int ifIndex, String descr, int type) {
            long speed;
            byte[] mac;
            switch (type) {
                case SwitchInterface.TYPE_SOFTWARE_LOOPBACK:
                    speed = 8_000_000_000L;
                    mac = new byte[0];
                    break;
                case SwitchInterface.TYPE_OTHER:
                    speed = 10_000_000_000L;
                    mac = new byte[0];
                    break;
                default:
                    speed = 1_000_000_000L;
                    mac = mac(0xff, ifIndex);
            }
            int mtu = type == SwitchInterface.TYPE_SOFTWARE_LOOPBACK ? 1514 : 1500;
            return new SwitchInterface(ifIndex, descr, descr, type, mtu, speed, mac, false, "");
        }

        /** A locally administered MAC address 02:dc:00:kind:hi:lo. */
        private static byte[] mac(int kind, int number) {
            return new byte[]{0x02, (byte) 0xdc, 0x00, (byte) kind, (byte) (number >> 8), (byte) number};
        }

        private SimulatedSwitch assemble(Interfaces interfaces, Faults activeFaults) throws IOException {
            OctetString engineId = new OctetString(MPv3.createLocalEngineID(
                    new OctetString("dcisim" + ProcessHandle.current().pid() + "-" + ENGINES.incrementAndGet())));

            DefaultMOServer server = new DefaultMOServer();
            long startNanos = System.nanoTime();
            register(server, new MOScalar<>(SYS_DESCR, MOAccessImpl.ACCESS_READ_ONLY, text(sysDescr)));
            register(server, new MOScalar<>(SYS_OBJECT_ID, MOAccessImpl.ACCESS_READ_ONLY, new OID(sysObjectId)));
            register(server, new MOScalar<TimeTicks>(SYS_UP_TIME, MOAccessImpl.ACCESS_READ_ONLY, new TimeTicks(0)) {
                @Override
                public TimeTicks getValue() {
                    return new TimeTicks((System.nanoTime() - startNanos) / 10_000_000L);
                }
            });
            register(server, new MOScalar<>(SYS_NAME, MOAccessImpl.ACCESS_READ_ONLY, text(sysName)));
            register(server, new MOScalar<>(IF_NUMBER, MOAccessImpl.ACCESS_READ_ONLY, new Integer32(interfaces.size())));
            register(server, new InterfaceTable(IfColumn.Table.IF_ENTRY, interfaces, activeFaults));
            register(server, new InterfaceTable(IfColumn.Table.IF_X_ENTRY, interfaces, activeFaults));

            AccessControl access = new AccessControl(readCommunity, writeCommunity, Optional.ofNullable(v3User), engineId);
            FaultyCommandProcessor processor = new FaultyCommandProcessor(engineId, activeFaults);
            processor.addMOServer(server);
            processor.setVacm(access.vacm(server));
            processor.setCoexistenceProvider(access);

            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            if (v3User != null) {
                dispatcher.addMessageProcessingModel(new MPv3(usm(engineId, v3User)));
            }
            dispatcher.addCommandResponder(processor);

            LoopbackUdpTransport transport = new LoopbackUdpTransport(port);
            dispatcher.addTransportMapping(transport);
            RequestGate gate = new RequestGate(dispatcher, activeFaults);
            transport.addTransportListener(gate);
            transport.listen();
            return new SimulatedSwitch(interfaces, activeFaults, gate, transport);
        }

        private static USM usm(OctetString engineId, V3User user) {
            SecurityProtocols protocols = SecurityProtocols.getInstance();
            // only what this user needs, added to the JVM-wide registry other code may share
            synchronized (SecurityProtocols.class) {
                if (protocols.getAuthenticationProtocol(AuthSHA.ID) == null) {
                    protocols.addAuthenticationProtocol(new AuthSHA());
                }
                if (protocols.getPrivacyProtocol(PrivAES128.ID) == null) {
                    protocols.addPrivacyProtocol(new PrivAES128());
                }
            }
            // Like net-snmp's snmpd, report a wrong passphrase (usmStatsWrongDigests) unauthenticated,
            // so the client learns why instead of timing out. JVM-wide, but it only changes what
            // an agent sends: snmp4j clients in the same JVM send no reports.
            SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
            USM usm = new USM(protocols, engineId, 1);
            usm.addUser(new UsmUser(new OctetString(user.name()), AuthSHA.ID, new OctetString(user.authPassphrase()),
                    PrivAES128.ID, new OctetString(user.privPassphrase())), engineId);
            return usm;
        }

        private static void register(DefaultMOServer server, ManagedObject<?> mo) {
            try {
                server.register(mo, null);
            } catch (DuplicateRegistrationException e) {
                throw new IllegalStateException("overlapping managed objects: " + mo, e);
            }
        }

        private static OctetString text(String s) {
            return new OctetString(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
