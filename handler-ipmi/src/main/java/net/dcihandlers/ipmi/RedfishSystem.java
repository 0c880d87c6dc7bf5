package net.dcihandlers.ipmi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.PortStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The computer system a BMC's Redfish service manages: the one member of {@code Systems}, or,
 * where the service lists several (a blade enclosure's manager lists its blades and more), the
 * one that has a {@code PowerState}; anything else is an error naming them.
 */
final class RedfishSystem {
    static final String ON = "On";
    static final String OFF = "Off";

    private final Redfish redfish;
    private final Trace trace;
    private final String path;
    private final String resetTarget;
    private final List<String> allowed;

    private RedfishSystem(Redfish redfish, Trace trace, String path, String resetTarget, List<String> allowed) {
        this.redfish = redfish;
        this.trace = trace;
        this.path = path;
        this.resetTarget = resetTarget;
        this.allowed = allowed;
    }

    static RedfishSystem find(Redfish redfish, JsonNode root, Trace trace) throws HandlerException {
        String systems = Redfish.text(root.path("Systems").path("@odata.id"));
        if (systems.isEmpty()) {
            throw HandlerException.badData("the Redfish service at " + redfish.base() + " lists no Systems");
        }
        List<String> members = new ArrayList<>();
        for (JsonNode m : redfish.get(systems).path("Members")) {
            String id = Redfish.text(m.path("@odata.id"));
            if (!id.isEmpty()) {
                members.add(id);
            }
        }
        if (members.isEmpty()) {
            throw HandlerException.badData("the Redfish service at " + redfish.base() + " lists no computer system in "
                    + systems);
        }
        JsonNode chosen = null;
        String chosenPath = null;
        if (members.size() == 1) {
            chosenPath = members.get(0);
            chosen = redfish.get(chosenPath);
        } else {
            List<String> withPower = new ArrayList<>();
            List<String> described = new ArrayList<>();
            for (String m : members) {
                JsonNode s = redfish.get(m);
                boolean power = s.path("PowerState").isTextual();
                described.add(m + (power ? " (PowerState " + s.path("PowerState").asText() + ")" : " (no PowerState)"));
                if (power) {
                    withPower.add(m);
                    chosen = s;
                    chosenPath = m;
                }
            }
            if (withPower.size() != 1) {
                throw HandlerException.badData("the Redfish service at " + redfish.base() + " manages " + members.size()
                        + " computer systems, " + (withPower.isEmpty() ? "none" : withPower.size()) + " of them with a"
                        + " power state, so which server this device is cannot be told: " + String.join(", ", described)
                        + ". Add the BMC of the server itself, or its IPMI address (ipmi.protocol=ipmi)");
            }
            trace.line("Redfish: " + members.size() + " systems; " + chosenPath + " is the one with a PowerState");
        }
        JsonNode reset = chosen.path("Actions").path("#ComputerSystem.Reset");
        String target = Redfish.text(reset.path("target"));
        List<String> allowed = new ArrayList<>();
        for (JsonNode v : reset.path("ResetType@Redfish.AllowableValues")) {
            allowed.add(v.asText());
        }
        String actionInfo = Redfish.text(reset.path("@Redfish.ActionInfo"));
        if (allowed.isEmpty() && !actionInfo.isEmpty()) {
            for (JsonNode p : redfish.get(actionInfo).path("Parameters")) {
                if ("ResetType".equals(p.path("Name").asText())) {
                    p.path("AllowableValues").forEach(v -> allowed.add(v.asText()));
                }
            }
        }
        trace.line("Redfish: system " + chosenPath + " (" + Redfish.text(chosen.path("Manufacturer")) + " "
                + Redfish.text(chosen.path("Model")) + "), PowerState " + chosen.path("PowerState").asText("none")
                + ", ResetType " + (allowed.isEmpty() ? "not listed" : String.join(" ", allowed)));
        return new RedfishSystem(redfish, trace, chosenPath, target, allowed);
    }

    String path() {
        return path;
    }

    /** The PowerState as the service says it now: On, Off, PoweringOn, PoweringOff, Paused. */
    String power() throws HandlerException {
        JsonNode s = redfish.get(path);
        String p = Redfish.text(s.path("PowerState"));
        if (p.isEmpty()) {
            throw HandlerException.badData("the Redfish system " + path + " at " + redfish.base() + " gives no PowerState");
        }
        trace.line("Redfish: PowerState " + p);
        return p;
    }

    static PortStatus status(String powerState) {
        return switch (powerState) {
            case ON, "Paused" -> PortStatus.ON;
            case OFF -> PortStatus.OFF;
            default -> PortStatus.UNKNOWN;
        };
    }

    /** How a sentence names a PowerState: "on", "powering off". */
    static String word(String powerState) {
        return powerState.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The first of {@code preferred} the service allows; with no list, the first of them. */
    String resetType(String what, List<String> preferred) throws HandlerException {
        if (allowed.isEmpty()) {
            return preferred.get(0);
        }
        for (String p : preferred) {
            if (allowed.contains(p)) {
                return p;
            }
        }
        throw HandlerException.badData("the Redfish system " + path + " at " + redfish.base() + " allows no ResetType"
                + " for " + what + " (" + String.join(" or ", preferred) + "); it allows: " + String.join(", ", allowed));
    }

    /** Posts ComputerSystem.Reset; a refusal is an error saying the command was not carried out. */
    void reset(String resetType) throws HandlerException {
        if (resetTarget.isEmpty()) {
            throw HandlerException.badData("the Redfish system " + path + " at " + redfish.base()
                    + " offers no ComputerSystem.Reset action");
        }
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("ResetType", resetType);
        Redfish.Answer a = redfish.call("POST", resetTarget, body);
        if (a.status() / 100 != 2) {
            throw HandlerException.badData("the Redfish service at " + redfish.base() + " refused ComputerSystem.Reset "
                    + resetType + " (HTTP " + a.status() + (a.status() == 409 ? ", busy until the deadline" : "")
                    + "): " + redfish.said(a));
        }
    }

    static String describe(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
