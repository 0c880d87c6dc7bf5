package net.dcihandlers.ups.nut;

import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;

import java.util.regex.Pattern;

/**
 * The UPS a dci-ups-nut request names in {@code ip}, written as upsc writes it:
 * {@code ups@host}, {@code ups@host:port}, {@code ups@[v6]:port}; or the upsd alone ({@code host},
 * {@code host:port}, {@code [v6]:port}) when it serves a single UPS.
 *
 * @param ups  the UPS name, or null for the only one upsd serves
 * @param upsd where upsd listens (TCP 3493 unless said)
 */
record NutTarget(String ups, DeviceAddress upsd) {
    static final int DEFAULT_PORT = 3493;
    /** ups.conf section names as NUT's own examples use them; anything else is a typo or worse. */
    private static final Pattern UPS_NAME = Pattern.compile("[A-Za-z0-9_.+-]{1,64}");

    static NutTarget parse(String ip) throws HandlerException {
        if (ip == null || ip.isBlank()) {
            throw HandlerException.badData("the request has no device address (device_params/ip); dci-ups-nut expects"
                    + " ups@host[:port] as upsc takes it");
        }
        String s = ip.trim();
        int at = s.indexOf('@');
        if (at < 0) {
            return new NutTarget(null, DeviceAddress.parse(s, DEFAULT_PORT));
        }
        String name = s.substring(0, at);
        if (!UPS_NAME.matcher(name).matches()) {
            throw HandlerException.badData("'" + net.dcihandlers.core.protocol.XmlText.excerpt(name, 64) + "' in the device address is not a UPS name (letters,"
                    + " digits and . _ + - as in ups.conf); expected ups@host[:port] as upsc takes it");
        }
        return new NutTarget(name, DeviceAddress.parse(s.substring(at + 1), DEFAULT_PORT));
    }


    /** As upsc writes it. */
    @Override
    public String toString() {
        return (ups == null ? "" : ups + "@") + upsd;
    }
}
