package net.dcihandlers.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A simulated switched PDU (or blade chassis) on 127.0.0.1, built on snmp4j-agent, whose outlets
 * really change when commanded: one of the {@link Kind}s (an IBM BladeCenter management module, an
 * APC rPDU (AP79xx, with the legacy MasterSwitch table beside its own), an APC rPDU2 (AP8xxx,
 * metered by outlet unless told otherwise) or a legacy APC MasterSwitch (sPDU)), or any family a
 * {@link PduModel} declares. Like a real agent it has a read-only and a
 * read-write community: a SET with the read-only one is refused with noAccess and an unknown
 * community gets no answer. Like a real PDU it applies a command after its command delay, and a
 * reboot turns the outlet off and, after the reboot duration, on again.
 *
 * <pre>{@code
 * try (SimulatedPdu pdu = SimulatedPdu.builder(SimulatedPdu.Kind.RPDU2).outlets(8)
 *         .commandDelay(Duration.ofMillis(500)).start()) {
 *     // point the code under test at pdu.address() with community "public" / "private"
 *     assertTrue(pdu.isOn(3));
 * }
 * }</pre>
 *
 * Outlets (and blade slots) are numbered from 1; the accessors throw IllegalArgumentException for
 * a number the PDU does not have.
 */
public final class SimulatedPdu implements AutoCloseable {
    /** The device families the simulator knows by name, each a declared {@link PduModel}. */
    public enum Kind {
        BLADECENTER(PduModels.BLADECENTER),
        RPDU(PduModels.RPDU),
        RPDU2(PduModels.RPDU2),
        SPDU(PduModels.SPDU);

        private final PduModel model;

        Kind(PduModel model) {
            this.model = model;
        }

        public PduModel model() {
            return model;
        }
    }

    private final PduModel model;
    private final Map<Integer, SimulatedPduOutlet> outlets;
    private final Switchboard switchboard;
    private final Agent agent;

    private SimulatedPdu(PduModel model, Map<Integer, SimulatedPduOutlet> outlets, Switchboard switchboard,
                         Agent agent) {
        this.model = model;
        this.outlets = outlets;
        this.switchboard = switchboard;
        this.agent = agent;
    }

    /** Carries out the commands the agent accepted, with the PDU's delays, and keeps their log. */
    private static final class Switchboard implements SimulatedPduCells.Commands {
        private final List<String> log = Collections.synchronizedList(new ArrayList<>());
        private final long delayNanos;
        private final long rebootNanos;
        private final Consumer<String> listener;

        Switchboard(Duration delay, Duration reboot, Consumer<String> listener) {
            this.delayNanos = delay.toNanos();
            this.rebootNanos = reboot.toNanos();
            this.listener = listener;
        }

        @Override
        public void accept(PduModel.Column column, SimulatedPduOutlet outlet, int value) {
            String entry = column.name() + "." + outlet.number() + "=" + value;
            log.add(entry);
            PduModel.Action action = column.commands().get(value);
            outlet.command(action, System.nanoTime(), delayNanos, rebootNanos);
            listener.accept(entry + " (" + action.name().toLowerCase(Locale.ROOT) + " outlet " + outlet.number() + ")");
        }

        List<String> log() {
            synchronized (log) {
                return List.copyOf(log);
            }
        }
    }

    public static Builder builder(Kind kind) {
        return new Builder(kind.model());
    }

    /** A PDU of any declared family, e.g. one the simulator does not know by a {@link Kind}. */
    public static Builder builder(PduModel model) {
        return new Builder(model);
    }

    public PduModel model() {
        return model;
    }

    public int port() {
        return agent.port();
    }

    /** "127.0.0.1:port", as a handler's {@code ip} device parameter may give it. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** The outlet (slot) numbers, ascending. */
    public List<Integer> outletNumbers() {
        return List.copyOf(outlets.keySet());
    }

    /** Whether the outlet is powered now (pending commands whose time has come included). */
    public boolean isOn(int outlet) {
        return outlet(outlet).on(System.nanoTime());
    }

    /** Whether a command to the outlet is still being carried out. */
    public boolean isPending(int outlet) {
        return outlet(outlet).pending(System.nanoTime());
    }

    /** Switches the outlet directly, as at the PDU's own panel; cancels its pending commands. */
    public void setOn(int outlet, boolean on) {
        outlet(outlet).force(on);
    }

    public String name(int outlet) {
        return outlet(outlet).name();
    }

    /** False for an empty blade slot. */
    public boolean isPresent(int outlet) {
        return outlet(outlet).present();
    }

    /** The watts the outlet's load draws now: its configured load while on, 0 while off. */
    public int watts(int outlet) {
        return outlet(outlet).watts(System.nanoTime());
    }

    /** Sets the load the outlet draws while on. */
    public void setLoadWatts(int outlet, int watts) {
        outlet(outlet).setWatts(watts);
    }

    /** A jammed outlet accepts commands and never carries them out, like a stuck relay. */
    public void jam(int outlet, boolean jammed) {
        outlet(outlet).jam(jammed);
    }

    /** The power changes the outlet went through, in order ("off", "on"), manual ones included. */
    public List<String> switchings(int outlet) {
        return outlet(outlet).switchings(System.nanoTime());
    }

    /** Every SET the PDU accepted, in order, as "mibObject.outlet=value" (e.g. "sPDUOutletCtl.3=2"). */
    public List<String> commands() {
        return switchboard.log();
    }

    /** Datagrams received since start (every request, retries and bad communities included). */
    public long requests() {
        return agent.gate.received();
    }

    private SimulatedPduOutlet outlet(int number) {
        SimulatedPduOutlet o = outlets.get(number);
        if (o == null) {
            throw new IllegalArgumentException("the simulated PDU has no outlet " + number + "; it has "
                    + outlets.keySet());
        }
        return o;
    }

    @Override
    public void close() {
        agent.close();
    }

    @Override
    public String toString() {
        return "SimulatedPdu[" + model.name() + ", " + address() + ", " + outlets.size() + " outlets]";
    }

    /** Configures a PDU; {@link #start()} binds it. */
    public static final class Builder {
        private final PduModel model;
        private int port;
        private int count;
        private final TreeMap<Integer, String> names = new TreeMap<>();
        private final Set<Integer> emptySlots = new TreeSet<>();
        private final Set<Integer> offAtStart = new TreeSet<>();
        private final TreeMap<Integer, Integer> loads = new TreeMap<>();
        private String sysName;
        private String readCommunity = "public";
        private String writeCommunity = "private";
        private Duration commandDelay = Duration.ZERO;
        private Duration rebootDuration = Duration.ofMillis(200);
        private Consumer<String> commandListener = command -> { };
        private boolean meteredByOutlet = true;

        private Builder(PduModel model) {
            this.model = model;
            this.count = model.outlets();
            this.sysName = model.sysName();
        }

        /** UDP port to listen on; 0 (the default) takes an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a UDP port: " + port);
            }
            this.port = port;
            return this;
        }

        /** Number of outlets (blade slots), numbered from 1. Default the model's: 8 (a BladeCenter: 6 slots). */
        public Builder outlets(int count) {
            if (count < 1 || count > 96) {
                throw new IllegalArgumentException("a PDU has 1 to 96 outlets: " + count);
            }
            this.count = count;
            return this;
        }

        /** Names of outlets 1, 2, ... (any text, {@code &} and {@code <} included); others are "Outlet n". */
        public Builder outletNames(String... outletNames) {
            for (int i = 0; i < outletNames.length; i++) {
                names.put(i + 1, outletNames[i]);
            }
            return this;
        }

        /** Slots without a blade, on a model whose slots can be empty: power off, the model's empty-slot name. */
        public Builder emptySlots(int... slots) {
            for (int s : slots) {
                emptySlots.add(s);
            }
            return this;
        }

        /** Outlets that are off at start; the others are on. */
        public Builder off(int... outletNumbers) {
            for (int o : outletNumbers) {
                offAtStart.add(o);
            }
            return this;
        }

        /** The load an outlet draws while on, in watts; by default 100 + 10 x its number. */
        public Builder loadWatts(int outlet, int watts) {
            loads.put(outlet, watts);
            return this;
        }

        public Builder sysName(String sysName) {
            this.sysName = sysName;
            return this;
        }

        public Builder readCommunity(String community) {
            this.readCommunity = community;
            return this;
        }

        public Builder writeCommunity(String community) {
            this.writeCommunity = community;
            return this;
        }

        /** Time from a command to the change of power (APC's power-on delay). Default none. */
        public Builder commandDelay(Duration delay) {
            this.commandDelay = nonNegative(delay);
            return this;
        }

        /**
         * Told of every command the PDU accepts, as it accepts it, in the words of {@link #commands()}
         * followed by what it asks ("rPDU2OutletSwitchedControlCommand.3=3 (reboot outlet 3)").
         */
        public Builder onCommand(Consumer<String> listener) {
            this.commandListener = listener;
            return this;
        }

        /** How long a rebooting outlet stays off (APC's reboot duration). Default 200 ms. */
        public Builder rebootDuration(Duration duration) {
            this.rebootDuration = nonNegative(duration);
            return this;
        }

        /**
         * Whether the model's outlet-metering tables are there (default) or not, which also makes the
         * PDU name the model's unmetered model number: on an rPDU2, an AP86xx "metered by outlet with
         * switching", or a switched-only AP89xx or an AP79xxB on rPDU2 firmware such as the AP7902B,
         * which meters its whole unit and phases only. Only a model with an unmetered model number
         * can be built without.
         */
        public Builder meteredByOutlet(boolean metered) {
            this.meteredByOutlet = metered;
            return this;
        }

        public SimulatedPdu start() {
            for (Set<Integer> numbers : List.of(emptySlots, offAtStart, names.keySet(), loads.keySet())) {
                for (int n : numbers) {
                    if (n < 1 || n > count) {
                        throw new IllegalStateException("outlet " + n + " is configured but the PDU has " + count);
                    }
                }
            }
            if (!emptySlots.isEmpty() && !model.slotsCanBeEmpty()) {
                throw new IllegalStateException("the " + model.name() + " has no empty slots");
            }
            if (!meteredByOutlet && model.unmeteredModelNumber() == null) {
                throw new IllegalStateException("the " + model.name() + " has no outlet metering to leave out");
            }
            Map<Integer, SimulatedPduOutlet> outlets = new LinkedHashMap<>();
            for (int n = 1; n <= count; n++) {
                String name = names.getOrDefault(n, model.outletName(n));
                outlets.put(n, new SimulatedPduOutlet(n, name, !emptySlots.contains(n), !offAtStart.contains(n),
                        loads.getOrDefault(n, 100 + 10 * n)));
            }
            try {
                return assemble(Collections.unmodifiableMap(outlets));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on udp:127.0.0.1:" + port, e);
            }
        }

        private SimulatedPdu assemble(Map<Integer, SimulatedPduOutlet> outlets) throws IOException {
            SimulatedPduMib mib = new SimulatedPduMib(model, meteredByOutlet);
            Switchboard switchboard = new Switchboard(commandDelay, rebootDuration, commandListener);

            // no faults: the PDU is a well-behaved agent
            Agent agent = new Agent(new Snmpv2Mib.Identity("dci-handlers simulated " + mib.modelNumber(),
                    model.sysObjectId(), sysName),
                    new Faults());
            agent.register(new SimulatedPduCells(mib, outlets, switchboard));
            agent.listen(port, new Agent.Access(readCommunity, writeCommunity, null, null));
            return new SimulatedPdu(model, outlets, switchboard, agent);
        }

        private static Duration nonNegative(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("must not be negative: " + d);
            }
            return d;
        }
    }
}
