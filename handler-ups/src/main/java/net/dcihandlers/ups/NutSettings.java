package net.dcihandlers.ups;

import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-ups-nut. */
final class NutSettings {
    private NutSettings() {
    }

    static final Setting USER = new Setting("nut.user", "",
            "upsd user (upsd.users) dci-ups-nut logs in as before reading; it needs an upsmon role, since upsd "
                    + "grants LOGIN to upsmon users only. Empty: no login, as upsc reads.");
    static final Setting PASSWORD = new Setting("nut.password", "",
            "Password of nut.user. Never printed, traced or sent anywhere but to upsd.", true);
    static final Setting TIMEOUT_MS = new Setting("nut.timeout.ms", "3000",
            "Time to wait for upsd to accept the connection, and for each of its answers; deadline.ms bounds it too.");

    static final List<Setting> ALL = List.of(USER, PASSWORD, TIMEOUT_MS);
}
