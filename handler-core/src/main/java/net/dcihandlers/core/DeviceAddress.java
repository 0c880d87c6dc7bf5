package net.dcihandlers.core;

import java.util.regex.Pattern;

/**
 * A device address from {@code ip}: {@code host}, {@code host:port}, {@code [v6addr]:port},
 * {@code [v6addr]} or a bare IPv6 address. The host must look like a host name or an IP address,
 * which also keeps anything a shell would interpret out of every place an address goes.
 */
public record DeviceAddress(String host, int port) {
    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?");

    public static DeviceAddress parse(String ip, int defaultPort) throws HandlerException {
        if (ip == null || ip.isBlank()) {
            throw HandlerException.badData("the request has no device address (device_params/ip)");
        }
        String s = ip.trim();
        String host;
        String port = null;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw bad(s, "a '[' without its ']'");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw bad(s, "something other than :port after ']'");
                }
                port = rest.substring(1);
            }
            if (!host.contains(":") || !IPV6.matcher(host).matches()) {
                throw bad(s, "no IPv6 address between the brackets");
            }
        } else {
            int colons = (int) s.chars().filter(c -> c == ':').count();
            if (colons == 1) {
                host = s.substring(0, s.indexOf(':'));
                port = s.substring(s.indexOf(':') + 1);
            } else if (colons > 1) {
                host = s; // a bare IPv6 address
                if (!IPV6.matcher(host).matches()) {
                    throw bad(s, "neither a host name nor an IP address");
                }
            } else {
                host = s;
            }
            if (colons <= 1 && !HOST_NAME.matcher(host).matches()) {
                throw bad(s, "neither a host name nor an IP address");
            }
        }
        int p = defaultPort;
        if (port != null) {
            if (!port.matches("[0-9]{1,5}")) {
                throw bad(s, "port '" + port + "' is not a number");
            }
            p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw bad(s, "port " + p + " is outside 1-65535");
            }
        }
        return new DeviceAddress(host, p);
    }

    private static HandlerException bad(String ip, String why) {
        return HandlerException.badData("device address '" + net.dcihandlers.core.protocol.XmlText.excerpt(ip, 80) + "' is not usable: " + why
                + " (expected host, host:port or [IPv6]:port)");
    }

    /** {@code host:port}, with brackets around an IPv6 host. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
