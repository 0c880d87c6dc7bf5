package net.dcihandlers.ups.nut;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.ErrorType;

import java.util.Map;

/**
 * upsd's ERR answers (NUT's docs/net-protocol.txt, "Error responses") as the error documents the
 * panel shows: refusals of us and a UPS upsd cannot reach are {@code connection} errors, anything
 * else is {@code unexpected_data}. Each text says what to check.
 */
final class NutErrors {
    private NutErrors() {
    }

    private record Meaning(ErrorType type, String advice) {
    }

    private static final Map<String, Meaning> MEANINGS = Map.ofEntries(
            Map.entry("ACCESS-DENIED", new Meaning(ErrorType.CONNECTION,
                    "upsd refused the login: check nut.user and nut.password against upsd.users, where the user"
                            + " needs an upsmon role (upsd lets only upsmon users log in)")),
            Map.entry("USERNAME-REQUIRED", new Meaning(ErrorType.CONNECTION,
                    "upsd wants a user: set nut.user and nut.password")),
            Map.entry("PASSWORD-REQUIRED", new Meaning(ErrorType.CONNECTION,
                    "upsd wants a password: set nut.password")),
            Map.entry("INVALID-USERNAME", new Meaning(ErrorType.CONNECTION,
                    "upsd does not accept the user name in nut.user")),
            Map.entry("INVALID-PASSWORD", new Meaning(ErrorType.CONNECTION,
                    "upsd does not accept the password in nut.password")),
            Map.entry("DRIVER-NOT-CONNECTED", new Meaning(ErrorType.CONNECTION,
                    "upsd has no driver running for this UPS: check the driver (upsdrvctl) on the UPS's server")),
            Map.entry("DATA-STALE", new Meaning(ErrorType.CONNECTION,
                    "upsd has no fresh data from this UPS: its driver lost contact with the UPS (cable, USB, power)")),
            Map.entry("FEATURE-NOT-CONFIGURED", new Meaning(ErrorType.CONNECTION,
                    "upsd wants a feature it has not been configured for (TLS?); dci-ups-nut speaks plain TCP")));

    /** The error document for a refusal; UNKNOWN-UPS is the caller's, who can name the UPSes. */
    static HandlerException of(UpsdRefusal refusal, NutTarget target) {
        Meaning m = MEANINGS.get(refusal.code());
        String head = "upsd at " + target.upsd() + " answered ERR " + refusal.code() + " to " + refusal.command();
        if (m == null) {
            return HandlerException.badData(head + ": dci-ups-nut did not expect that from upsd");
        }
        return new HandlerException(m.type(), head + ": " + m.advice());
    }
}
