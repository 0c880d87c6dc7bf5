package net.dcihandlers.ipmi;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.tool.ToolRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One ipmitool run against one BMC. The password goes to ipmitool through IPMI_PASSWORD and -E,
 * never through argv, where any local user could read it in the process list.
 */
final class Ipmitool {
    static final String PASSWORD_ENV = "IPMI_PASSWORD";

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
    ToolRun.Result run(IpmiInterface iface, PowerCommand command, long silentBudgetMillis, Deadline deadline)
            throws HandlerException {
        deadline.check("talking to the BMC at " + login.address());
        long remaining = deadline.remainingMillis();
        Retries retries = Retries.fitting(iface, Math.min(silentBudgetMillis, remaining));
        try {
            return ToolRun.run(argv(iface, retries, command), Map.of(PASSWORD_ENV, login.password()),
                    remaining, trace);
        } catch (HandlerException e) {
            throw new HandlerException(e.type(), "IPMI " + login.address() + ": " + e.getMessage(), e);
        }
    }

    List<String> argv(IpmiInterface iface, Retries retries, PowerCommand command) {
        List<String> a = new ArrayList<>(List.of(config.tool().toString(),
                "-I", iface.option(),
                "-H", login.address().host(),
                "-p", Integer.toString(login.address().port())));
        if (!login.user().isEmpty()) {
            // without -U ipmitool logs in as IPMI's null user, which "-U ''" would not do
            a.addAll(List.of("-U", login.user()));
        }
        if (iface == IpmiInterface.LANPLUS && config.cipherSuite().isPresent()) {
            a.addAll(List.of("-C", Integer.toString(config.cipherSuite().getAsInt())));
        }
        a.addAll(retries.args());
        a.add("-E");
        a.addAll(command.args());
        return a;
    }
}
