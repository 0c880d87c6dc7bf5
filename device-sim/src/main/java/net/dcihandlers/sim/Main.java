package net.dcihandlers.sim;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Runs a simulated device on its own, for the demo and benchmarks:
 * <pre>java -cp device-sim-all.jar net.dcihandlers.sim.Main switch --port 16100 --ports 48 --sysname demo-sw
 * java -cp device-sim-all.jar net.dcihandlers.sim.Main pdu --kind rpdu2 --port 16200 --delay-ms 2000
 * java -cp device-sim-all.jar net.dcihandlers.sim.Main ups --port 16101 --lines 3</pre>
 * Prints one line, "listening on udp:127.0.0.1:PORT", to stdout once the agent answers, and runs
 * until killed. A PDU then prints a line for every command it accepts ("command
 * rPDU2OutletSwitchedControlCommand.3=3 (reboot outlet 3)"). A UPS also takes commands on stdin that
 * change its readings ({@link UpsConsole}).
 * Arguments are parsed by hand: this module depends on nothing but snmp4j.
 */
public final class Main {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: Main switch [options]",
            "  --port N                 UDP port on 127.0.0.1 (default 16100; 0 = any free port)",
            "  --ports N                number of ports (default 48)",
            "  --first-ifindex N        ifIndex of the first port (default 1)",
            "  --sysname NAME           sysName (default sim-switch)",
            "  --sysobjectid OID        sysObjectID (default 1.3.6.1.4.1.99999.1)",
            "  --community C            read-only community (default public)",
            "  --write-community C      read-write community (default private)",
            "  --virtual-interfaces     also serve Vlan1, Null0 and Loopback0",
            "  --profile P              plain | qbridge (HP/Aruba-like Q-BRIDGE-MIB VLANs) | cisco (Catalyst 3750",
            "                           IOS: CISCO-STACK-MIB, VTP, community@vlan; adds Vlan1, Null0, Loopback0)",
            "                           | cisco-sb (a Cisco Business CBS350: Cisco's sysObjectID, Q-BRIDGE-MIB VLANs)",
            "  --vlan ID[:NAME]         a VLAN besides VLAN 1, no ports in it (repeatable)",
            "  --mac VLAN,MAC,IFINDEX   a MAC address learned on a port (repeatable)",
            "  --first-bridge-port N    BRIDGE-MIB number of the first port (default 1)",
            "  --etherlike              serve EtherLike-MIB duplex on the plain switch too",
            "  --v3-user NAME --v3-auth PASS --v3-priv PASS",
            "                           an SNMPv3 user, authPriv with SHA and AES-128",
            "  --fault SPEC             silent | slow:MILLIS | drop:N | too-big:N | max-bindings:N",
            "                           (repeatable)",
            "usage: Main pdu [options]",
            "  --kind K                 bladecenter | rpdu | rpdu2 | spdu (default rpdu2)",
            "  --port N                 UDP port on 127.0.0.1 (default 16200; 0 = any free port)",
            "  --outlets N              outlets or blade slots (default 8; a BladeCenter 6)",
            "  --names A,B,...          outlet names in order",
            "  --empty-slots N,...      BladeCenter slots without a blade (default for bladecenter: 5)",
            "  --off N,...              outlets off at start",
            "  --sysname NAME           sysName",
            "  --community C            read-only community (default public)",
            "  --write-community C      read-write community (default private)",
            "  --delay-ms N             time from a command to the change of power (default 0)",
            "  --reboot-ms N            how long a reboot keeps the outlet off (default 200)",
            "  --not-metered            rpdu2 without the metered-outlet table",
            "usage: Main ups [options]   (then commands on stdin; 'help' lists them)",
            "  --port N                 UDP port on 127.0.0.1 (default 16101; 0 = any free port)",
            "  --lines N                input and output lines (phases), 1-9 (default 1)",
            "  --sysname NAME           sysName and upsIdentName (default sim-ups)",
            "  --community C            read-only community (default public)",
            "  --v3-user NAME --v3-auth PASS --v3-priv PASS",
            "                           an SNMPv3 user, authPriv with SHA and AES-128",
            "  --fault SPEC             as for switch (repeatable)");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        Runnable stop;
        String address;
        UpsConsole console = null;
        try {
            if (args.length > 0 && args[0].equals("ups")) {
                SimulatedUps ups = startUps(List.of(args));
                stop = ups::close;
                address = ups.address();
                console = new UpsConsole(ups);
            } else if (args.length > 0 && args[0].equals("pdu")) {
                SimulatedPdu pdu = startPdu(List.of(args));
                stop = pdu::close;
                address = pdu.address();
            } else {
                SimulatedSwitch sw = start(List.of(args));
                stop = sw::close;
                address = sw.address();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "simulator-shutdown"));
        System.out.println("listening on udp:" + address);
        System.out.flush();
        if (console != null) {
            readCommands(console);
        }
        // the agent's listen thread is a daemon; this one keeps the JVM alive until it is killed
        new CountDownLatch(1).await();
    }

    /** Applies the commands on stdin to a UPS until stdin ends (at once when started in the background). */
    private static void readCommands(UpsConsole console) {
        try (java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    String said = console.apply(line);
                    if (!said.isEmpty()) {
                        System.out.println(said);
                    }
                } catch (IllegalArgumentException e) {
                    System.out.println("error: " + e.getMessage());
                }
                System.out.flush();
            }
        } catch (java.io.IOException e) {
            System.err.println("stdin: " + e.getMessage());
        }
    }

    /** Parses the command line of the ups kind and starts the UPS it describes. */
    static SimulatedUps startUps(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("ups")) {
            throw new IllegalArgumentException("the first argument must be the device kind: switch or ups");
        }
        SimulatedUps.Builder builder = SimulatedUps.builder().port(16101);
        String v3User = null;
        String v3Auth = null;
        String v3Priv = null;
        List<Fault> faults = new ArrayList<>();
        Iterator<String> it = args.subList(1, args.size()).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--port" -> builder.port(number(option, value(option, it)));
                case "--lines" -> builder.lines(number(option, value(option, it)));
                case "--sysname" -> builder.sysName(value(option, it));
                case "--community" -> builder.readCommunity(value(option, it));
                case "--v3-user" -> v3User = value(option, it);
                case "--v3-auth" -> v3Auth = value(option, it);
                case "--v3-priv" -> v3Priv = value(option, it);
                case "--fault" -> faults.add(fault(value(option, it)));
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        if (v3Given(v3User, v3Auth, v3Priv)) {
            builder.v3User(v3User, v3Auth, v3Priv);
        }
        SimulatedUps ups = builder.start();
        ups.setFaults(faults.toArray(new Fault[0]));
        return ups;
    }

    /** Parses the command line and starts the device it describes. */
    static SimulatedSwitch start(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("switch")) {
            throw new IllegalArgumentException("the first argument must be the device kind: switch, pdu or ups");
        }
        SimulatedSwitch.Builder builder = SimulatedSwitch.builder().port(16100).ports(48);
        String v3User = null;
        String v3Auth = null;
        String v3Priv = null;
        List<Fault> faults = new ArrayList<>();
        List<String[]> macs = new ArrayList<>();
        Iterator<String> it = args.subList(1, args.size()).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--port":
                    builder.port(number(option, value(option, it)));
                    break;
                case "--ports":
                    builder.ports(number(option, value(option, it)));
                    break;
                case "--first-ifindex":
                    builder.firstIfIndex(number(option, value(option, it)));
                    break;
                case "--sysname":
                    builder.sysName(value(option, it));
                    break;
                case "--sysobjectid":
                    builder.sysObjectId(value(option, it));
                    break;
                case "--community":
                    builder.readCommunity(value(option, it));
                    break;
                case "--write-community":
                    builder.writeCommunity(value(option, it));
                    break;
                case "--virtual-interfaces":
                    builder.virtualInterfaces();
                    break;
                case "--profile":
                    SwitchModel model = model(value(option, it));
                    builder.model(model);
                    if (model.profileInterfaces()) {
                        builder.virtualInterfaces();
                    }
                    break;
                case "--vlan":
                    String[] vlan = value(option, it).split(":", 2);
                    builder.vlan(number(option, vlan[0]), vlan.length > 1 ? vlan[1] : "VLAN" + vlan[0]);
                    break;
                case "--mac":
                    String[] mac = value(option, it).split(",", -1);
                    if (mac.length != 3) {
                        throw new IllegalArgumentException("--mac needs VLAN,MAC,IFINDEX, as in 10,52:54:00:12:34:56,3");
                    }
                    macs.add(mac);
                    break;
                case "--first-bridge-port":
                    builder.firstBridgePort(number(option, value(option, it)));
                    break;
                case "--etherlike":
                    builder.etherLike();
                    break;
                case "--v3-user":
                    v3User = value(option, it);
                    break;
                case "--v3-auth":
                    v3Auth = value(option, it);
                    break;
                case "--v3-priv":
                    v3Priv = value(option, it);
                    break;
                case "--fault":
                    faults.add(fault(value(option, it)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        if (v3Given(v3User, v3Auth, v3Priv)) {
            builder.v3User(v3User, v3Auth, v3Priv);
        }
        SimulatedSwitch sw = builder.faults(faults.toArray(new Fault[0])).start();
        try {
            for (String[] mac : macs) {
                sw.fdb().learn(number("--mac", mac[0]), mac[1], number("--mac", mac[2]));
            }
        } catch (IllegalArgumentException e) {
            sw.close();
            throw e;
        }
        return sw;
    }

    static SwitchModel model(String name) {
        return SwitchModel.values().stream().filter(m -> m.profile().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown --profile: " + name + " ("
                        + SwitchModel.values().stream().map(SwitchModel::profile).collect(Collectors.joining(", ")) + ")"));
    }

    /** Parses a {@code pdu} command line and starts the PDU it describes. */
    static SimulatedPdu startPdu(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("pdu")) {
            throw new IllegalArgumentException("the first argument must be the device kind: pdu");
        }
        List<String> options = args.subList(1, args.size());
        int k = options.indexOf("--kind");
        String kindName = k >= 0 && k + 1 < options.size() ? options.get(k + 1) : "rpdu2";
        SimulatedPdu.Kind kind;
        try {
            kind = SimulatedPdu.Kind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --kind: " + kindName + " (bladecenter, rpdu, rpdu2, spdu)");
        }
        SimulatedPdu.Builder builder = SimulatedPdu.builder(kind).port(16200);
        boolean emptySlotsGiven = false;
        Iterator<String> it = options.iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--kind" -> value(option, it);
                case "--port" -> builder.port(number(option, value(option, it)));
                case "--outlets" -> builder.outlets(number(option, value(option, it)));
                case "--names" -> builder.outletNames(value(option, it).split(",", -1));
                case "--empty-slots" -> {
                    builder.emptySlots(numbers(option, value(option, it)));
                    emptySlotsGiven = true;
                }
                case "--off" -> builder.off(numbers(option, value(option, it)));
                case "--sysname" -> builder.sysName(value(option, it));
                case "--community" -> builder.readCommunity(value(option, it));
                case "--write-community" -> builder.writeCommunity(value(option, it));
                case "--delay-ms" -> builder.commandDelay(Duration.ofMillis(number(option, value(option, it))));
                case "--reboot-ms" -> builder.rebootDuration(Duration.ofMillis(number(option, value(option, it))));
                case "--not-metered" -> builder.meteredByOutlet(false);
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        if (kind.model().slotsCanBeEmpty() && !emptySlotsGiven) {
            // the demo chassis shows what an empty slot looks like
            builder.emptySlots(5);
        }
        // what a PDU's event log shows, so that a watcher sees each command arrive
        builder.onCommand(command -> {
            System.out.println("command " + command);
            System.out.flush();
        });
        return builder.start();
    }

    private static int[] numbers(String option, String list) {
        String[] parts = list.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(option, parts[i].trim());
        }
        return out;
    }

    /** Whether an SNMPv3 user was asked for; throws if only part of it was. */
    private static boolean v3Given(String user, String auth, String priv) {
        if (user == null && auth == null && priv == null) {
            return false;
        }
        if (user == null || auth == null || priv == null) {
            throw new IllegalArgumentException("--v3-user, --v3-auth and --v3-priv go together");
        }
        return true;
    }

    static Fault fault(String spec) {
        String[] parts = spec.split(":", 2);
        String kind = parts[0];
        if (kind.equals("silent") && parts.length == 1) {
            return Fault.silent();
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("fault " + kind + " needs a number, as in " + kind + ":10");
        }
        int n = number("--fault " + kind, parts[1]);
        switch (kind) {
            case "slow":
                return Fault.slow(Duration.ofMillis(n));
            case "drop":
                return Fault.dropEvery(n);
            case "too-big":
                return Fault.tooBig(n);
            case "max-bindings":
                return Fault.maxBindings(n);
            default:
                throw new IllegalArgumentException("unknown fault: " + spec);
        }
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }
}
