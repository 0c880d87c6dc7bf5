package net.dcihandlers.ipmi;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.power.PowerSwitch;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.state.StateDir;
import net.dcihandlers.core.tool.ToolRun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The power of one server, for the length of one call. The first run climbs a ladder of ways to
 * open a session: lanplus with each cipher suite of ipmi.cipher.suite in turn (the suite that
 * worked for this BMC before, remembered in the state folder, first), then lan (IPMI 1.5) last;
 * whichever opens a session is kept for the rest of the call. A BMC that says it is busy (node
 * busy, no resources for a session) is asked again after a growing pause, within the deadline.
 */
final class Chassis {
    /** ipmitool's words when no session opened (wrong login, no answer, refused cipher). */
    private static final Pattern NO_SESSION = Pattern.compile("Unable to establish");
    /** The BMC answered the session request and refused the suite: the next suite may do. */
    private static final Pattern SUITE_REFUSED = Pattern.compile(
            "open session response message|cipher suite|authentication algorithm|integrity algorithm"
                    + "|confidentiality algorithm", Pattern.CASE_INSENSITIVE);
    /** The BMC is busy: the same thing asked again a little later may work. */
    private static final Pattern BUSY = Pattern.compile("node busy|insufficient resources|busy",
            Pattern.CASE_INSENSITIVE);
    static final long FIRST_PAUSE_MS = 500;
    static final long MAX_PAUSE_MS = 4000;

    /** One way to reach the BMC: an interface and, for lanplus, a cipher suite (empty: ipmitool's choice). */
    record Attempt(IpmiInterface iface, OptionalInt suite) {
        String label() {
            return iface.label() + (suite.isPresent() ? " with cipher suite " + suite.getAsInt() : "");
        }
    }

    private final Ipmitool tool;
    private final List<Attempt> ladder;
    private final Deadline deadline;
    private final Trace trace;
    private final Optional<StateDir> state;
    private final OptionalInt pinned;
    private Attempt settled;

    Chassis(Ipmitool tool, IpmiConfig config, Deadline deadline, Trace trace, Optional<StateDir> state) {
        this.tool = tool;
        this.deadline = deadline;
        this.trace = trace;
        this.state = state;
        this.pinned = readPin();
        this.ladder = ladder(config.interfaces().candidates(), config.cipherSuites(), pinned);
        if (pinned.isPresent()) {
            trace.line("cipher suite " + pinned.getAsInt() + " worked with this BMC before (" + pinName() + ")");
        }
    }

    static List<Attempt> ladder(List<IpmiInterface> interfaces, List<Integer> suites, OptionalInt pinned) {
        List<Attempt> out = new ArrayList<>();
        for (IpmiInterface i : interfaces) {
            if (i == IpmiInterface.LANPLUS && !suites.isEmpty()) {
                List<Integer> order = new ArrayList<>(suites);
                if (pinned.isPresent() && order.remove(Integer.valueOf(pinned.getAsInt()))) {
                    order.add(0, pinned.getAsInt());
                }
                order.forEach(s -> out.add(new Attempt(i, OptionalInt.of(s))));
            } else {
                out.add(new Attempt(i, OptionalInt.empty()));
            }
        }
        return out;
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
            if (PowerSwitch.unfinished(e)) {
                throw e;
            }
            throw PowerSwitch.notSent(command.noun(), e);
        }
    }

    /** The BMC answered the command with a refusal: it was sent, and not carried out. */
    private static final class Refused extends HandlerException {
        Refused(ErrorType type, String message) {
            super(type, message);
        }
    }

    private ToolRun.Result run(PowerCommand command) throws HandlerException {
        List<Attempt> tries = settled == null ? ladder : List.of(settled);
        Map<Attempt, ToolRun.Result> failed = new LinkedHashMap<>();
        long pause = FIRST_PAUSE_MS;
        for (int i = 0; i < tries.size(); i++) {
            Attempt a = tries.get(i);
            if (!failed.isEmpty() && deadline.expired()) {
                break;
            }
            boolean last = i == tries.size() - 1;
            // leave a share for the rest of the ladder, should this one meet a silent BMC
            long silentBudget = last ? deadline.remainingMillis() : deadline.remainingMillis() / 2;
            ToolRun.Result r;
            try {
                r = tool.run(a.iface(), a.suite(), command, silentBudget, deadline);
            } catch (HandlerException e) {
                if (failed.isEmpty() || command != PowerCommand.STATUS || !ToolRun.unfinished(e)) {
                    throw e;
                }
                // a fallback stopped at the deadline: a status read changes nothing, so what the
                // ways before it said (a refused login, typically) is the answer, not "slow"
                trace.line(a.label() + " was stopped at the deadline");
                throw noSession(failed, a);
            }
            String out = r.stdout() + "\n" + r.stderr();
            if (r.exit() != 0 && BUSY.matcher(out).find() && deadline.remainingMillis() > pause + PowerSwitch.MIN_READ_MS) {
                trace.line("the BMC is busy (" + said(r) + "); asking again in " + pause + " ms");
                sleep(pause);
                pause = Math.min(MAX_PAUSE_MS, pause * 2);
                i--;
                continue;
            }
            if (r.exit() == 0 || !NO_SESSION.matcher(r.stderr()).find()) {
                settled = a;
                if (r.exit() != 0) {
                    throw refused(command, r);
                }
                remember(a);
                return r;
            }
            failed.put(a, r);
            int next = i + 1;
            if (a.iface() == IpmiInterface.LANPLUS && !SUITE_REFUSED.matcher(r.stderr()).find()) {
                // no answer, or a refused login: another suite will not change that
                while (next < tries.size() && tries.get(next).iface() == IpmiInterface.LANPLUS) {
                    next++;
                }
            }
            trace.line("no session over " + a.label() + (next < tries.size() ? "; trying " + tries.get(next).label() : ""));
            i = next - 1;
        }
        throw noSession(failed, null);
    }

    private void sleep(long ms) throws HandlerException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HandlerException.connection("interrupted while waiting for the BMC at " + login().address());
        }
    }

    private String pinName() {
        return StateDir.entry("ipmi-cipher", login().address().host(), login().address().port());
    }

    private OptionalInt readPin() {
        if (state.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Optional<String> s = state.get().read(pinName());
            if (s.isPresent() && s.get().strip().matches("[0-9]{1,3}")) {
                return OptionalInt.of(Integer.parseInt(s.get().strip()));
            }
        } catch (HandlerException e) {
            trace.line("the remembered cipher suite cannot be read: " + e.getMessage());
        }
        return OptionalInt.empty();
    }

    /** Remembers the suite that opened a session, where it is not the one remembered already. */
    private void remember(Attempt a) {
        if (a.suite().isEmpty() || state.isEmpty() || (pinned.isPresent() && pinned.getAsInt() == a.suite().getAsInt())) {
            return;
        }
        try {
            state.get().write(pinName(), a.suite().getAsInt() + "\n");
            trace.line("cipher suite " + a.suite().getAsInt() + " remembered for this BMC in " + state.get().path(pinName()));
        } catch (HandlerException e) {
            trace.line("the cipher suite could not be remembered: " + e.getMessage());
        }
    }

    /** @param cut the way stopped at the deadline while it was tried, or null */
    private HandlerException noSession(Map<Attempt, ToolRun.Result> failed, Attempt cut) {
        String over = failed.keySet().stream().map(Attempt::label).collect(Collectors.joining(" or "));
        String said = failed.entrySet().stream()
                .map(e -> e.getKey().iface().option() + (e.getKey().suite().isPresent() ? " -C " + e.getKey().suite().getAsInt() : "")
                        + ": " + said(e.getValue()))
                .collect(Collectors.joining("; "));
        List<IpmiInterface> tried = failed.keySet().stream().map(Attempt::iface).distinct().toList();
        Optional<IpmiInterface> untriedIface = ladder.stream().map(Attempt::iface).filter(i -> !tried.contains(i)).findFirst();
        String untried = cut != null ? " (the deadline came while " + cut.label() + " was tried)"
                : settled == null && untriedIface.isPresent()
                ? " (the deadline came before " + untriedIface.get().label() + " could be tried)" : "";
        return HandlerException.connection("could not open an IPMI session with the BMC at " + login().address()
                + " as " + login().userLabel() + " over " + over + untried
                + ": check the user name and password (ipmitool logs in with administrator privilege), that IPMI"
                + " over LAN is enabled on the BMC, the address and port, " + IpmiSettings.INTERFACE.key() + " and "
                + IpmiSettings.CIPHER_SUITE.key() + " (ipmitool said: " + said + ")");
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
