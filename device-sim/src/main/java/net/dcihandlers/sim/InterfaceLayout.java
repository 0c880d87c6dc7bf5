package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the interfaces a builder describes: the ports in port order (Ethernet, with their names,
 * speeds and negotiated duplex) and the interfaces that are not ports.
 */
final class InterfaceLayout {
    /** An interface that is not a port: a VLAN interface, Null0, a loopback... */
    record Extra(int ifIndex, String descr, int type) {
    }

    private InterfaceLayout() {
    }

    /**
     * @param portIfIndexes the ports' ifIndexes in port order
     * @param names         ifDescr/ifName by 1-based position; unnamed ports get {@code defaultName}
     * @param speedsMbps    speed by position, else {@code speedMbps}
     * @param duplexes      negotiated dot3StatsDuplexStatus by position, else full
     */
    static List<SwitchInterface> interfaces(int[] portIfIndexes, Map<Integer, String> names,
                                            java.util.function.IntFunction<String[]> defaultName, long speedMbps,
                                            Map<Integer, Long> speedsMbps, Map<Integer, Integer> duplexes,
                                            List<Extra> extras, boolean virtualInterfaces) {
        List<SwitchInterface> list = new ArrayList<>();
        for (int p = 1; p <= portIfIndexes.length; p++) {
            String named = names.get(p);
            String[] unnamed = defaultName.apply(p);
            String descr = named != null ? named : unnamed[0];
            String name = named != null ? named : unnamed[1];
            long mbps = speedsMbps.getOrDefault(p, speedMbps);
            SwitchInterface port = new SwitchInterface(portIfIndexes[p - 1], descr, name,
                    SwitchInterface.TYPE_ETHERNET_CSMACD, 1500, mbps * 1_000_000L, mac(0x00, p), true, "");
            port.setNegotiatedDuplex(duplexes.getOrDefault(p, SwitchInterface.DUPLEX_FULL));
            list.add(port);
        }
        for (Extra e : extras) {
            list.add(extra(e.ifIndex(), e.descr(), e.type()));
        }
        if (virtualInterfaces) {
            int next = list.stream().mapToInt(SwitchInterface::ifIndex).max().orElse(0) + 1;
            list.add(extra(next, "Vlan1", SwitchInterface.TYPE_PROP_VIRTUAL));
            list.add(extra(next + 1, "Null0", SwitchInterface.TYPE_OTHER));
            list.add(extra(next + 2, "Loopback0", SwitchInterface.TYPE_SOFTWARE_LOOPBACK));
        }
        return list;
    }

    private static SwitchInterface extra(int ifIndex, String descr, int type) {
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
