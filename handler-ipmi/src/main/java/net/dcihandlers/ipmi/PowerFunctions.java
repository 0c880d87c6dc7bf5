package net.dcihandlers.ipmi;

import com.fasterxml.jackson.databind.JsonNode;
import net.dcihandlers.core.Call;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.power.PowerSwitch;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.XmlText;
import net.dcihandlers.core.state.StateDir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The functions of dci-ipmi. Every answer is the power state read back from the BMC, over Redfish
 * where the BMC serves it (ipmi.protocol=auto or redfish), else over IPMI through ipmitool.
 */
final class PowerFunctions {
    /** The one port DCImanager knows an IPMI device by. */
    static final String PORT = "power";
    /** With ipmi.protocol=auto, the share of the time left that the Redfish probe may take. */
    static final int PROBE_SHARE = 3;

    private PowerFunctions() {
    }

    /** What a function does, whichever protocol carries it. */
    private interface Bmc extends AutoCloseable {
        PortStatus status() throws HandlerException;

        PortStatus on() throws HandlerException;

        PortStatus off() throws HandlerException;

        PortStatus reset() throws HandlerException;

        @Override
        void close();
    }

    static Response status(Call call) throws HandlerException {
        try (Bmc bmc = open(call)) {
            return answer(bmc.status());
        }
    }

    static Response portOn(Call call) throws HandlerException {
        try (Bmc bmc = open(call)) {
            return answer(bmc.on());
        }
    }

    static Response portOff(Call call) throws HandlerException {
        try (Bmc bmc = open(call)) {
            return answer(bmc.off());
        }
    }

    /** Resets a running server; a stopped one has nothing to reset, so it is powered on. */
    static Response portReset(Call call) throws HandlerException {
        try (Bmc bmc = open(call)) {
            return answer(bmc.reset());
        }
    }

    private static Bmc open(Call call) throws HandlerException {
        String identity = call.portParams().identity();
        if (identity != null && !identity.isBlank() && !identity.trim().equals(PORT)) {
            throw HandlerException.badData("an IPMI device has one port, '" + PORT + "'; the request names port '"
                    + XmlText.excerpt(identity.trim(), 40) + "'");
        }
        Protocol protocol = call.config().choice(IpmiSettings.PROTOCOL, Protocol.class);
        BmcLogin login = BmcLogin.of(call);
        if (protocol == Protocol.IPMI) {
            call.trace().line("IPMI: ipmi.protocol=ipmi");
            return ipmi(call, login);
        }
        int configuredPort = call.config().integer(IpmiSettings.REDFISH_PORT);
        int port = configuredPort;
        if (protocol == Protocol.REDFISH) {
            // with Redfish alone, a port in the address is the HTTPS port
            DeviceAddress given = DeviceAddress.parse(call.device().ip(), 0);
            port = given.port() == 0 ? configuredPort : given.port();
        }
        DeviceAddress https = new DeviceAddress(login.address().host(), port);
        long budget = protocol == Protocol.AUTO ? call.deadline().remainingMillis() / PROBE_SHARE
                : call.deadline().remainingMillis();
        try {
            HttpsPort.accepting(https, budget);
        } catch (Redfish.NotServed e) {
            return notServed(call, login, protocol, e);
        }
        TlsMode tls = call.config().choice(IpmiSettings.REDFISH_TLS, TlsMode.class);
        BmcTrust trust = BmcTrust.of(tls, call.config().string(IpmiSettings.REDFISH_CA_FILE), https,
                StateDir.of(call.config()), call.trace(), call.config().source());
        Redfish redfish = new Redfish(login, https, trust, call.deadline(), call.trace());
        JsonNode root;
        try {
            root = redfish.root(protocol == Protocol.AUTO ? call.deadline().remainingMillis() / PROBE_SHARE
                    : call.deadline().remainingMillis());
        } catch (Redfish.NotServed e) {
            return notServed(call, login, protocol, e);
        }
        call.trace().line("Redfish: the BMC serves Redfish " + root.path("RedfishVersion").asText("(version not given)")
                + " at " + redfish.base() + Redfish.ROOT + "; using it (ipmi.protocol=" + protocol.name().toLowerCase(java.util.Locale.ROOT) + ")");
        try {
            redfish.logIn(root);
            RedfishSystem system = RedfishSystem.find(redfish, root, call.trace());
            String offType = call.config().string(IpmiSettings.REDFISH_POWER_OFF);
            if (!offType.equals("ForceOff") && !offType.equals("GracefulShutdown")) {
                throw call.config().invalid(IpmiSettings.REDFISH_POWER_OFF, offType, "ForceOff or GracefulShutdown");
            }
            return new RedfishBmc(call, redfish, system, offType);
        } catch (HandlerException | RuntimeException e) {
            redfish.close();
            throw e;
        }
    }

    /** No Redfish service: an error with ipmi.protocol=redfish, IPMI with auto. */
    private static Bmc notServed(Call call, BmcLogin login, Protocol protocol, Redfish.NotServed why)
            throws HandlerException {
        if (protocol == Protocol.REDFISH) {
            throw HandlerException.connection("no Redfish service at the BMC's address (ipmi.protocol=redfish): "
                    + why.getMessage());
        }
        call.trace().line("IPMI: no Redfish service at " + login.address().host() + " (" + why.getMessage()
                + "); using IPMI (ipmi.protocol=auto)");
        return ipmi(call, login);
    }

    /** Power through Redfish's ComputerSystem.Reset, read back from PowerState. */
    private record RedfishBmc(Call call, Redfish redfish, RedfishSystem system, String offType) implements Bmc {
        private PowerSwitch<String> power() {
            return new PowerSwitch<>(call, "the BMC at " + redfish.address(), "the BMC", RedfishSystem::word);
        }

        @Override
        public PortStatus status() throws HandlerException {
            return RedfishSystem.status(system.power());
        }

        @Override
        public PortStatus on() throws HandlerException {
            return switchTo("power-on", system.resetType("power-on", List.of("On", "ForceOn")), RedfishSystem.ON);
        }

        @Override
        public PortStatus off() throws HandlerException {
            return switchTo("power-off", system.resetType("power-off", List.of(offType)), RedfishSystem.OFF);
        }

        @Override
        public PortStatus reset() throws HandlerException {
            if (RedfishSystem.OFF.equals(system.power())) {
                return on();
            }
            return switchTo("reset", system.resetType("reset", List.of("ForceRestart", "PowerCycle")), RedfishSystem.ON);
        }

        /**
         * Reads first: a BMC refuses a reset to the state the server is in (iDRAC answers 409
         * "already powered on"), and a server already there needs nothing sent.
         */
        private PortStatus switchTo(String noun, String resetType, String wanted) throws HandlerException {
            String now = system.power();
            if (now.equals(wanted) && !noun.equals("reset")) {
                call.trace().line("Redfish: the power is " + RedfishSystem.word(now) + " already; nothing sent");
                return RedfishSystem.status(now);
            }
            String reached = power().apply(noun, "ComputerSystem.Reset " + resetType, wanted,
                    () -> system.reset(resetType), system::power);
            return RedfishSystem.status(reached);
        }

        @Override
        public void close() {
            redfish.close();
        }
    }

    private static Bmc ipmi(Call call, BmcLogin login) throws HandlerException {
        IpmiConfig config = IpmiConfig.from(call.config());
        call.trace().line("ipmitool " + config.tool() + ", trying " + config.interfaces().candidates().stream()
                .map(IpmiInterface::label).collect(Collectors.joining(" then "))
                + ", cipher suites " + (config.cipherSuites().isEmpty() ? "ipmitool's choice"
                : config.cipherSuites().stream().map(String::valueOf).collect(Collectors.joining(" then "))));
        Chassis chassis = new Chassis(new Ipmitool(config, login, call.trace()), config, call.deadline(), call.trace(),
                StateDir.of(call.config()));
        return new IpmiBmc(call, chassis);
    }

    /** Power through ipmitool's chassis power commands. */
    private record IpmiBmc(Call call, Chassis chassis) implements Bmc {
        private PowerSwitch<PowerState> power() {
            return new PowerSwitch<>(call, "the BMC at " + chassis.login().address(), "the BMC", PowerState::word);
        }

        @Override
        public PortStatus status() throws HandlerException {
            return chassis.power().status();
        }

        @Override
        public PortStatus on() throws HandlerException {
            return switchTo(PowerCommand.ON, PowerState.ON);
        }

        @Override
        public PortStatus off() throws HandlerException {
            return switchTo(PowerCommand.OFF, PowerState.OFF);
        }

        @Override
        public PortStatus reset() throws HandlerException {
            PowerCommand command = chassis.power() == PowerState.ON ? PowerCommand.RESET : PowerCommand.ON;
            return switchTo(command, PowerState.ON);
        }

        private PortStatus switchTo(PowerCommand command, PowerState wanted) throws HandlerException {
            return power().apply(command.noun(), command.text(), wanted, () -> chassis.send(command), chassis::power)
                    .status();
        }

        @Override
        public void close() {
            // nothing is held between ipmitool runs
        }
    }

    private static Response answer(PortStatus status) {
        return Response.of(new Port(PORT).adminStatus(status));
    }
}
