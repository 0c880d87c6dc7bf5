package net.dcihandlers.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A device address from {@code ip}: {@code host}, {@code host:port}, {@code [v6addr]:port},
 * {@code [v6addr]} or a bare IPv6 address. The host must look like a host name or an IP address,
 * which also keeps anything a shell would interpret out of every place an address goes. An
 * address that names no one device (unspecified, broadcast, multicast) is refused before anything
 * is sent: 0.0.0.0 reaches the panel host itself, and a broadcast or multicast SET would switch
 * whatever answers.
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
        String why = notOneDevice(host);
        if (why != null) {
            throw HandlerException.badData("device address '" + net.dcihandlers.core.protocol.XmlText.excerpt(s, 80)
                    + "' is not usable: " + why + "; give the device's own address");
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

    /**
     * Refuses a resolved address that names no one device, for a host name that resolved to one
     * ({@code host} is the name as given).
     */
    public static void checkDestination(InetAddress resolved, String host) throws HandlerException {
        String why = notOneDevice(resolved);
        if (why != null) {
            throw HandlerException.badData("device address '" + net.dcihandlers.core.protocol.XmlText.excerpt(host, 80)
                    + "' resolves to " + resolved.getHostAddress() + ", which is not usable: " + why);
        }
    }

    /** Why a literal address (as C's inet_aton or an IPv6 parser reads it) names no one device; null if it may. */
    static String notOneDevice(String host) {
        if (host.contains(":")) {
            try {
                // an IPv6 literal: parsed, never looked up
                return notOneDevice(InetAddress.getByName(host));
            } catch (UnknownHostException | SecurityException e) {
                return null;
            }
        }
        long v4 = ipv4(host);
        return v4 < 0 ? null : notOneDevice(v4);
    }

    private static String notOneDevice(InetAddress a) {
        if (a instanceof Inet4Address) {
            byte[] b = a.getAddress();
            return notOneDevice(((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL));
        }
        if (a.isAnyLocalAddress()) {
            return "it is the unspecified address (::), which names no device";
        }
        if (a.isMulticastAddress()) {
            return "it is a multicast address (ff00::/8), which names a group, not one device";
        }
        return null;
    }

    private static String notOneDevice(long v4) {
        if (v4 >>> 24 == 0) {
            return "it is an unspecified address (0.0.0.0/8), which names no device";
        }
        if (v4 == 0xffffffffL) {
            return "it is the broadcast address (255.255.255.255), which names every host on the link, not one device";
        }
        if (v4 >>> 28 == 0xe) {
            return "it is a multicast address (224.0.0.0/4), which names a group, not one device";
        }
        return null;
    }

    /**
     * An IPv4 address written as C's inet_aton reads it (which ipmitool's resolver does): one to
     * four parts, each decimal, octal (leading 0) or hexadecimal (0x), the last filling the bits
     * left; -1 if the text is no such address (a host name).
     */
    static long ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return -1;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                if (p.matches("0[xX][0-9A-Fa-f]{1,8}")) {
                    v[i] = Long.parseLong(p.substring(2), 16);
                } else if (p.matches("0[0-7]{0,11}")) {
                    v[i] = Long.parseLong(p, 8);
                } else if (p.matches("[1-9][0-9]{0,9}")) {
                    v[i] = Long.parseLong(p);
                } else {
                    return -1;
                }
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        long address = 0;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > 0xff) {
                return -1;
            }
            address |= v[i] << (8 * (3 - i));
        }
        long last = v[v.length - 1];
        if (last >= 1L << (8 * (4 - (v.length - 1)))) {
            return -1;
        }
        return address | last;
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
