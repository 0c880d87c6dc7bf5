package net.dcihandlers.ipmi;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.tool.ToolRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One ipmitool run against one BMC. The password goes to ipmitool through IPMI_PASSWORD and -E,
 * never through argv, where any local user could read it in the process list.
 */
final class Ipmitool {
    static final String PASSWORD_ENV = "IPMI_PASSWORD";
    /** Kept between ipmitool giving up on a silent BMC by itself and the kill at its time limit. */
    static final long SLACK_MS = 500;

    private final IpmiConfig config;
    private final BmcLogin login;
    private final Trace trace;

    Ipmitool(IpmiConfig config, BmcLogin login, Trace trace) {
        this.config = config;
        this.login = login;
        this.trace = trace;
    }

    BmcLogin login() {
        return login;
    }

    /**
     * Runs one command, killed when the deadline comes.
     *
     * @param silentBudgetMillis the time ipmitool may spend on a BMC that does not answer before
     *                           it gives up by itself (sizes -N/-R)
     */
    ToolRun.Result run(IpmiInterface iface, OptionalInt suite, PowerCommand command, long silentBudgetMillis,
                       Deadline deadline)
            throws HandlerException {
        deadline.check("talking to the BMC at " + login.address());
        long remaining = deadline.remainingMillis();
        // ipmitool's own start and exit take time too: it must give up on a silent BMC before it is killed
        Retries retries = Retries.fitting(iface, Math.min(silentBudgetMillis, remaining) - SLACK_MS);
        try {
            return ToolRun.run(argv(iface, suite, retries, command), Map.of(PASSWORD_ENV, login.password()),
                    remaining, trace);
        } catch (HandlerException e) {
            throw new HandlerException(e.type(), "IPMI " + login.address() + ": " + e.getMessage(), e);
        }
    }

    List<String> argv(IpmiInterface iface, OptionalInt suite, Retries retries, PowerCommand command) {
        List<String> a = new ArrayList<>(List.of(config.tool().toString(),
                "-I", iface.option(),
                "-H", login.address().host(),
                "-p", Integer.toString(login.address().port())));
        if (!login.user().isEmpty()) {
            // without -U ipmitool logs in as IPMI's null user, which "-U ''" would not do
            a.addAll(List.of("-U", login.user()));
        }
        if (iface == IpmiInterface.LANPLUS && suite.isPresent()) {
            a.addAll(List.of("-C", Integer.toString(suite.getAsInt())));
        }
        a.addAll(retries.args());
        a.add("-E");
        a.addAll(command.args());
        return a;
    }
}
