package net.dcihandlers.ups.nut;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.ups.UpsAnswer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * dci-ups-nut: a UPS attached by USB or serial to some server, read through that server's Network
 * UPS Tools upsd. The device address is {@code ups@host[:port]}, as upsc takes it.
 */
public final class Main {
    private Main() {
    }

    public static HandlerSpec spec() {
        // no requirements: the device form needs only the address, and not CAN_COLLECT_POWER, for
        // the reason given in dci-ups's net.dcihandlers.ups.snmp.Main.spec()
        return HandlerSpec.builder("dci-ups-nut", DeviceType.UPS, "UPS through Network UPS Tools (dci-handlers)")
                .function(Function.STATUS, Main::status)
                .addressForm("ups@host[:port] as upsc writes it, or host[:port] when upsd serves one UPS",
                        "rack1@10.0.0.9")
                .settings(NutSettings.ALL)
                .describe(Function.STATUS, UpsAnswer.STATUS_HELP)
                .build();
    }

    static Response status(Call call) throws HandlerException {
        NutTarget target = NutTarget.parse(call.device().ip());
        Config config = call.config();
        String user = config.string(NutSettings.USER);
        String password = config.string(NutSettings.PASSWORD);
        int timeoutMs = config.integer(NutSettings.TIMEOUT_MS);
        if (user.isEmpty() != password.isEmpty()) {
            throw HandlerException.badData("configuration " + config.source() + ": nut.user and nut.password go together;"
                    + " only one of them is set");
        }
        try (NutSession upsd = NutSession.open(target, timeoutMs, call.deadline(), call.trace())) {
            String ups = target.ups() != null ? target.ups() : onlyUps(upsd, target);
            try {
                if (!user.isEmpty()) {
                    upsd.command(List.of("USERNAME", user), "USERNAME " + user);
                    upsd.command(List.of("PASSWORD", password), "PASSWORD ***");
                    upsd.command("LOGIN", ups);
                }
                Map<String, String> vars = new LinkedHashMap<>();
                for (List<String> row : upsd.list("VAR", ups)) {
                    if (row.size() == 2) {
                        vars.put(row.get(0), row.get(1));
                    }
                }
                call.trace().line("read " + vars.size() + " variables of " + ups + "@" + target.upsd());
                if (NutVariables.awaitingDriver(vars)) {
                    // the values upsd holds are not readings of the UPS: no status can be made of them
                    throw HandlerException.connection("upsd at " + target.upsd() + " reports UPS '" + ups + "' as "
                            + NutVariables.WAITING_FOR_DRIVER + ": its driver has no data from the UPS yet (starting,"
                            + " or reconnecting to it): check the driver (upsdrvctl) and its cable or USB link on the"
                            + " UPS's server");
                }
                return UpsAnswer.of(NutVariables.state(vars, call.trace()), call.trace());
            } catch (UpsdRefusal r) {
                if (r.code().equals("UNKNOWN-UPS")) {
                    throw HandlerException.badData("upsd at " + target.upsd() + " has no UPS '" + ups + "'; it serves "
                            + names(upsd, target) + ": check the name before '@' in the device address");
                }
                throw NutErrors.of(r, target);
            }
        }
    }

    /** The UPS of an address without {@code ups@}: the only one upsd serves. */
    private static String onlyUps(NutSession upsd, NutTarget target) throws HandlerException {
        List<String> names = upsNames(upsd, target);
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.isEmpty()) {
            throw HandlerException.badData("upsd at " + target.upsd() + " serves no UPS (ups.conf has none)");
        }
        throw HandlerException.badData("upsd at " + target.upsd() + " serves several UPSes (" + String.join(", ", names)
                + "): name the one to read as ups@host in the device address, e.g. " + names.get(0) + "@"
                + target.upsd());
    }

    private static String names(NutSession upsd, NutTarget target) throws HandlerException {
        List<String> names = upsNames(upsd, target);
        return names.isEmpty() ? "no UPS at all" : names.stream().collect(Collectors.joining(", "));
    }

    private static List<String> upsNames(NutSession upsd, NutTarget target) throws HandlerException {
        try {
            return upsd.list("UPS").stream().map(row -> row.get(0)).toList();
        } catch (UpsdRefusal r) {
            throw NutErrors.of(r, target);
        }
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
