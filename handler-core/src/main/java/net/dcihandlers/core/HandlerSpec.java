package net.dcihandlers.core;

import org.snmp4j.smi.OID;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a handler is: its -info identity and the functions it implements, declared once. -info,
 * the dispatcher and the manual mode all read this, so what a handler advertises and what it does
 * cannot disagree.
 *
 * @param command    the launcher's name, for help texts ({@code dci-switch})
 * @param type       {@code <type>}
 * @param name       {@code <name>} shown by the panel
 * @param requirements {@code <requirements>}
 * @param functions  the implemented functions (-info lists them in the protocol's order)
 * @param settings   the configuration keys the handler reads besides the core's
 * @param addressForm how {@code ip} is written, for help texts
 * @param addressExample an {@code ip} for the help's examples
 * @param credentials what the manual mode asks a person for besides the address
 * @param fixedPort  the one port identity every port function acts on ({@code power} of a BMC), or
 *                   null where a person names the port
 * @param descriptions the help's line for a function, where the handler words it its own way
 * @param snmpSubtrees the subtrees {@code --dump} walks (every MIB object, column or table the
 *                   handler's profiles could read), or null where the handler offers no dump; asked
 *                   only when dumping
 */
public record HandlerSpec(String command, DeviceType type, String name, Set<Requirement> requirements,
                          Map<Function, Operation> functions, List<Setting> settings, String addressForm,
                          String addressExample, Credentials credentials, String fixedPort,
                          Map<Function, String> descriptions, SnmpSubtrees snmpSubtrees) {

    public HandlerSpec {
        Objects.requireNonNull(command);
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        requirements = Collections.unmodifiableSet(EnumSet.copyOf(requirements.isEmpty()
                ? EnumSet.noneOf(Requirement.class) : requirements));
        if (!functions.containsKey(Function.STATUS)) {
            throw new IllegalArgumentException("status is mandatory");
        }
        functions = Collections.unmodifiableMap(new java.util.EnumMap<>(functions));
        settings = List.copyOf(settings);
        Objects.requireNonNull(credentials);
        descriptions = descriptions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new java.util.EnumMap<>(descriptions));
    }

    /** The help's one-line description of a function: the handler's own wording, or the generic one. */
    public String describe(Function f) {
        String d = descriptions.get(f);
        if (d != null) {
            return d;
        }
        return switch (f) {
            case STATUS -> "Every port with its state.";
            case STATISTICS -> "Every port's counters.";
            case PORT_ON -> "Switch a port on and show the state read back.";
            case PORT_OFF -> "Switch a port off and show the state read back.";
            case PORT_RESET -> "Power-cycle a port and show the state read back.";
            case PORT_SPEED -> "Set a port's speed.";
            case PORT_DUPLEX -> "Set a port's duplex mode.";
            case SET_VLAN -> "Set a port's VLAN (access, or trunk with --trunk).";
            case MAC_LIST -> "The MAC addresses learned on each port.";
        };
    }

    /**
     * What {@code --dump} walks for a handler: its profiles' objects (the installation's profiles
     * included, hence the configuration) and any table its code reads besides.
     */
    @FunctionalInterface
    public interface SnmpSubtrees {
        List<OID> of(Config config, Trace trace) throws HandlerException;
    }

    /** Whether {@code --dump} records this handler's devices. */
    public boolean dumps() {
        return snmpSubtrees != null;
    }

    public boolean speaksSnmp() {
        return anySnmp(requirements);
    }

    private static boolean anySnmp(Set<Requirement> requirements) {
        for (Requirement r : requirements) {
            if (r.isSnmp()) {
                return true;
            }
        }
        return false;
    }

    public static Builder builder(String command, DeviceType type, String name) {
        return new Builder(command, type, name);
    }

    /** Collects a handler's declaration. */
    public static final class Builder {
        private final String command;
        private final DeviceType type;
        private final String name;
        private final Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        private final Map<Function, Operation> functions = new LinkedHashMap<>();
        private final List<Setting> settings = new ArrayList<>();
        private String addressForm = "host, host:port or [IPv6]:port";
        private String addressExample = "10.0.0.2";
        private Credentials credentials;
        private String fixedPort;
        private final Map<Function, String> descriptions = new LinkedHashMap<>();
        private SnmpSubtrees snmpSubtrees;

        private Builder(String command, DeviceType type, String name) {
            this.command = command;
            this.type = type;
            this.name = name;
        }

        public Builder requires(Requirement... r) {
            requirements.addAll(List.of(r));
            return this;
        }

        public Builder function(Function f, Operation op) {
            if (functions.put(f, op) != null) {
                throw new IllegalArgumentException(f + " declared twice");
            }
            return this;
        }

        /** How the device address is written, when it is not host, host:port or [IPv6]:port. */
        public Builder addressForm(String form, String example) {
            addressForm = form;
            addressExample = example;
            return this;
        }

        public Builder settings(List<Setting> s) {
            settings.addAll(s);
            return this;
        }

        /** What a person gives besides the address; by default SNMP's where SNMP is required, else nothing. */
        public Builder credentials(Credentials c) {
            credentials = c;
            return this;
        }

        /** The one port every port function acts on, which a person then need not name. */
        public Builder fixedPort(String identity) {
            fixedPort = identity;
            return this;
        }

        /** The help's line for a function, in this handler's words. */
        public Builder describe(Function f, String description) {
            descriptions.put(f, description);
            return this;
        }

        /** What {@code --dump} walks besides the system group, which it always does. */
        public Builder snmpSubtrees(SnmpSubtrees subtrees) {
            snmpSubtrees = Objects.requireNonNull(subtrees);
            return this;
        }

        public HandlerSpec build() {
            Credentials c = credentials != null ? credentials
                    : anySnmp(requirements) ? Credentials.SNMP : Credentials.NONE;
            return new HandlerSpec(command, type, name, requirements, functions, settings, addressForm,
                    addressExample, c, fixedPort, descriptions, snmpSubtrees);
        }
    }
}
