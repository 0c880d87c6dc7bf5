package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interfaces a {@link SimulatedSwitch.Builder} describes: the ports in port order (Ethernet,
 * with their ifIndexes, names, speeds and negotiated duplex) and the interfaces that are not
 * ports. Port positions are 1-based.
 */
final class InterfaceLayout {
    /** An interface that is not a port: a VLAN interface, Null0, a loopback... */
    record Extra(int ifIndex, String descr, int type) {
    }

    private Integer ports;
    private int[] explicitIfIndexes;
    private int firstIfIndex = 1;
    private final TreeMap<Integer, String> names = new TreeMap<>();
    private long speedMbps = 1000;
    private final Map<Integer, Long> speedsMbps = new HashMap<>();
    private final Map<Integer, Integer> duplexes = new HashMap<>();
    private final List<Extra> extras = new ArrayList<>();
    private boolean virtualInterfaces;

    void ports(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative port count: " + count);
        }
        ports = count;
    }

    void firstIfIndex(int ifIndex) {
        if (ifIndex < 1) {
            throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
        }
        firstIfIndex = ifIndex;
    }

    void ifIndexes(int... ifIndexes) {
        explicitIfIndexes = ifIndexes.clone();
    }

    void name(int position, String name) {
        names.put(position(position), name);
    }

    void speedMbps(long mbps) {
        speedMbps = mbps;
    }

    void speedMbps(int position, long mbps) {
        speedsMbps.put(position(position), mbps);
    }

    void duplex(int position, int status) {
        if (status < SwitchInterface.DUPLEX_UNKNOWN || status > SwitchInterface.DUPLEX_FULL) {
            throw new IllegalArgumentException("dot3StatsDuplexStatus is 1, 2 or 3, not " + status);
        }
        duplexes.put(position(position), status);
    }

    void extra(int ifIndex, String descr, int type) {
        if (ifIndex < 1) {
            throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
        }
        extras.add(new Extra(ifIndex, descr, type));
    }

    void virtualInterfaces() {
        virtualInterfaces = true;
    }

    /** The ports' ifIndexes in port order. */
    int[] portIfIndexes() {
        if (explicitIfIndexes != null) {
            if (ports != null && ports != explicitIfIndexes.length) {
                throw new IllegalStateException(ports + " ports but " + explicitIfIndexes.length + " ifIndexes given");
            }
            for (int ifIndex : explicitIfIndexes) {
                if (ifIndex < 1) {
                    throw new IllegalArgumentException("ifIndex starts at 1: " + ifIndex);
                }
            }
            return explicitIfIndexes.clone();
        }
        int count = ports != null ? ports : 8;
        int[] ifIndexes = new int[count];
        for (int i = 0; i < count; i++) {
            ifIndexes[i] = firstIfIndex + i;
        }
        return ifIndexes;
    }

    /** Every interface; unnamed ports are named as the model names them. */
    List<SwitchInterface> interfaces(SwitchModel model) {
        int[] portIfIndexes = portIfIndexes();
        int last = names.isEmpty() ? 0 : names.lastKey();
        for (int p : speedsMbps.keySet()) {
            last = Math.max(last, p);
        }
        for (int p : duplexes.keySet()) {
            last = Math.max(last, p);
        }
        if (last > portIfIndexes.length) {
            throw new IllegalStateException("port " + last + " is configured but the switch has "
                    + portIfIndexes.length + " ports");
        }
        List<SwitchInterface> list = new ArrayList<>();
        for (int p = 1; p <= portIfIndexes.length; p++) {
            String named = names.get(p);
            String descr = named != null ? named : model.ifDescr(p);
            String name = named != null ? named : model.ifName(p);
            long mbps = speedsMbps.getOrDefault(p, speedMbps);
            SwitchInterface port = new SwitchInterface(portIfIndexes[p - 1], descr, name,
                    SwitchInterface.TYPE_ETHERNET_CSMACD, 1500, mbps * 1_000_000L, mac(0x00, p), true, "");
            port.setNegotiatedDuplex(duplexes.getOrDefault(p, SwitchInterface.DUPLEX_FULL));
            list.add(port);
        }
        for (Extra e : extras) {
            list.add(nonPort(e.ifIndex(), e.descr(), e.type()));
        }
        if (virtualInterfaces) {
            int next = list.stream().mapToInt(SwitchInterface::ifIndex).max().orElse(0) + 1;
            list.add(nonPort(next, "Vlan1", SwitchInterface.TYPE_PROP_VIRTUAL));
            list.add(nonPort(next + 1, "Null0", SwitchInterface.TYPE_OTHER));
            list.add(nonPort(next + 2, "Loopback0", SwitchInterface.TYPE_SOFTWARE_LOOPBACK));
        }
        return list;
    }

    private static int position(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("port positions start at 1: " + position);
        }
        return position;
    }

    private static SwitchInterface nonPort(int ifIndex, String descr, int type) {
        long speed;
        byte[] mac;
        switch (type) {
            case SwitchInterface.TYPE_SOFTWARE_LOOPBACK:
                speed = 8_000_000_000L;
                mac = new byte[0];
                break;
            case SwitchInterface.TYPE_OTHER:
                speed = 10_000_000_000L;
                mac = new byte[0];
                break;
            default:
                speed = 1_000_000_000L;
                mac = mac(0xff, ifIndex);
        }
        int mtu = type == SwitchInterface.TYPE_SOFTWARE_LOOPBACK ? 1514 : 1500;
        return new SwitchInterface(ifIndex, descr, descr, type, mtu, speed, mac, false, "");
    }

    /** A locally administered MAC address 02:dc:00:kind:hi:lo. */
    private static byte[] mac(int kind, int number) {
        return new byte[]{0x02, (byte) 0xdc, 0x00, (byte) kind, (byte) (number >> 8), (byte) number};
    }
}
