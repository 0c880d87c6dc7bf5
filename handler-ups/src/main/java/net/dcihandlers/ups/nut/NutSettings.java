package net.dcihandlers.ups.nut;

import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-ups-nut. */
final class NutSettings {
    private NutSettings() {
    }

    static final Setting USER = Setting.text("nut.user", "",
            "upsd user (upsd.users) dci-ups-nut logs in as before reading; it needs an upsmon role, since upsd "
                    + "grants LOGIN to upsmon users only. Empty: no login, as upsc reads.");
    static final Setting PASSWORD = Setting.secret("nut.password",
            "Password of nut.user. Never printed, traced or sent anywhere but to upsd.");
    static final Setting TIMEOUT_MS = Setting.integer("nut.timeout.ms", 3000, 50, 60_000,
            "Time to wait for upsd to accept the connection, and for each of its answers; deadline.ms bounds it too.");

    static final List<Setting> ALL = List.of(USER, PASSWORD, TIMEOUT_MS);
}
