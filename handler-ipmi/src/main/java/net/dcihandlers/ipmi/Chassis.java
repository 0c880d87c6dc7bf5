package net.dcihandlers.ipmi;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.tool.ToolRun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The power of one server, for the length of one call. With ipmi.interface=auto the first run
 * tries lanplus, then lan; whichever opens a session is kept for the rest of the call.
 */
final class Chassis {
    /** ipmitool's words when neither lan nor lanplus got a session (wrong login, no answer, refused cipher). */
    private static final Pattern NO_SESSION = Pattern.compile("Unable to establish");

    private final Ipmitool tool;
    private final List<IpmiInterface> candidates;
    private final Deadline deadline;
    private final Trace trace;
    private IpmiInterface settled;

    Chassis(Ipmitool tool, List<IpmiInterface> candidates, Deadline deadline, Trace trace) {
        this.tool = tool;
        this.candidates = List.copyOf(candidates);
        this.deadline = deadline;
        this.trace = trace;
    }

    BmcLogin login() {
        return tool.login();
    }

    PowerState power() throws HandlerException {
        ToolRun.Result r = run(PowerCommand.STATUS);
        PowerState s = PowerState.parse(r.stdout()).orElseThrow(() -> HandlerException.badData("'"
                + PowerCommand.STATUS.text() + "' on the BMC at " + login().address()
                + " did not say 'Chassis Power is on' or 'off'; ipmitool said: " + said(r)));
        trace.line("chassis power is " + s.word());
        return s;
    }

    /**
     * Sends a power command. When this fails before ipmitool got a session (no session, no
     * ipmitool, no time left), the error says the command was not sent; a BMC that answered with
     * a refusal, or an ipmitool stopped at the deadline (the command may have gone out), keep
     * their own words.
     */
    void send(PowerCommand command) throws HandlerException {
        try {
            run(command);
        } catch (Refused e) {
            throw e;
        } catch (HandlerException e) {
            if (ToolRun.unfinished(e)) {
                throw e;
            }
            throw new HandlerException(e.type(), "the " + command.noun() + " command was not sent: " + e.getMessage(), e);
        }
    }

    /** The BMC answered the command with a refusal: it was sent, and not carried out. */
    private static final class Refused extends HandlerException {
        Refused(ErrorType type, String message) {
            super(type, message);
        }
    }

    private ToolRun.Result run(PowerCommand command) throws HandlerException {
        List<IpmiInterface> tries = settled == null ? candidates : List.of(settled);
        Map<IpmiInterface, ToolRun.Result> failed = new LinkedHashMap<>();
        for (int i = 0; i < tries.size(); i++) {
            IpmiInterface iface = tries.get(i);
            if (!failed.isEmpty() && deadline.expired()) {
                break;
            }
            boolean last = i == tries.size() - 1;
            // leave a fallback half of the time, should this interface meet a silent BMC
            long silentBudget = last ? deadline.remainingMillis() : deadline.remainingMillis() / 2;
            ToolRun.Result r;
            try {
                r = tool.run(iface, command, silentBudget, deadline);
            } catch (HandlerException e) {
                if (failed.isEmpty() || command != PowerCommand.STATUS || !ToolRun.unfinished(e)) {
                    throw e;
                }
                // a fallback stopped at the deadline: a status read changes nothing, so what the
                // interfaces before it said (a refused login, typically) is the answer, not "slow"
                trace.line(iface.label() + " was stopped at the deadline");
                throw noSession(failed, iface);
            }
            if (r.exit() == 0 || !NO_SESSION.matcher(r.stderr()).find()) {
                settled = iface;
                if (r.exit() != 0) {
                    throw refused(command, r);
                }
                return r;
            }
            failed.put(iface, r);
            trace.line("no " + iface.label() + " session" + (last ? "" : "; trying " + tries.get(i + 1).label()));
        }
        throw noSession(failed, null);
    }

    /** @param cut the interface stopped at the deadline while it was tried, or null */
    private HandlerException noSession(Map<IpmiInterface, ToolRun.Result> failed, IpmiInterface cut) {
        String over = failed.keySet().stream().map(IpmiInterface::label).collect(Collectors.joining(" or "));
        String said = failed.entrySet().stream()
                .map(e -> e.getKey().option() + ": " + said(e.getValue()))
                .collect(Collectors.joining("; "));
        String untried = cut != null ? " (the deadline came while " + cut.label() + " was tried)"
                : failed.size() < candidates.size() && settled == null
                ? " (the deadline came before " + candidates.get(failed.size()).label() + " could be tried)" : "";
        return HandlerException.connection("could not open an IPMI session with the BMC at " + login().address()
                + " as " + login().userLabel() + " over " + over + untried
                + ": check the user name and password (ipmitool logs in with administrator privilege), that IPMI"
                + " over LAN is enabled on the BMC, the address and port, and " + IpmiSettings.INTERFACE.key()
                + " (ipmitool said: " + said + ")");
    }

    private HandlerException refused(PowerCommand command, ToolRun.Result r) {
        String said = said(r);
        if (said.toLowerCase(Locale.ROOT).contains("privilege")) {
            return new Refused(ErrorType.CONNECTION, "the BMC at " + login().address() + " refused '" + command.text()
                    + "' to " + login().userLabel() + ", who needs operator or administrator privilege"
                    + " (ipmitool said: " + said + ")");
        }
        return new Refused(ErrorType.UNEXPECTED_DATA, "'" + command.text() + "' failed on the BMC at "
                + login().address() + " (ipmitool exit " + r.exit() + "): " + said);
    }

    private String said(ToolRun.Result r) {
        return ToolSaid.quote(r, login().password());
    }
}
