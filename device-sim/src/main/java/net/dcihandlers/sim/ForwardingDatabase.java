package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The MAC addresses the switch knows, each in a VLAN and on a port, as tests put them there. The
 * BRIDGE-MIB and Q-BRIDGE-MIB forwarding tables serve them in bridge port terms; an entry whose
 * port does not (or no longer) carry its VLAN is not served, as a real switch flushes it when the
 * port leaves the VLAN.
 */
public final class ForwardingDatabase {
    /** One entry; {@code ifIndex} 0 for the switch's own addresses (bridge port 0 in the MIBs). */
    public record Entry(int vlan, byte[] mac, int ifIndex, FdbStatus status) {
        public Entry {
            mac = mac.clone();
        }

        @Override
        public byte[] mac() {
            return mac.clone();
        }

        /** The MAC as 1A:2B:3C:4D:5E:6F. */
        public String macText() {
            StringBuilder b = new StringBuilder();
            for (byte octet : mac) {
                if (b.length() > 0) {
                    b.append(':');
                }
                b.append(String.format(Locale.ROOT, "%02X", octet & 0xff));
            }
            return b.toString();
        }
    }

    private final BridgePorts bridgePorts;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    ForwardingDatabase(BridgePorts bridgePorts) {
        this.bridgePorts = bridgePorts;
    }

    /** Adds a MAC learned on a port (status learned). {@code mac} as 1A:2B:3C:4D:5E:6F, 1a-2b-... or 1a2b3c4d5e6f. */
    public ForwardingDatabase learn(int vlan, String mac, int ifIndex) {
        return add(vlan, mac, ifIndex, FdbStatus.LEARNED);
    }

    /** Adds an entry with any status; ifIndex 0 for the switch's own addresses. */
    public ForwardingDatabase add(int vlan, String mac, int ifIndex, FdbStatus status) {
        if (vlan < 1 || vlan > 4094) {
            throw new IllegalArgumentException("VLAN ids run from 1 to 4094: " + vlan);
        }
        if (ifIndex != 0 && !bridgePorts.isPort(ifIndex)) {
            throw new IllegalArgumentException("ifIndex " + ifIndex + " is not a port of the switch");
        }
        entries.add(new Entry(vlan, parse(mac), ifIndex, status));
        return this;
    }

    public void clear() {
        entries.clear();
    }

    /** Every entry, in the order added. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The bridge port an entry is on, 0 for the switch itself. */
    int bridgePort(Entry e) {
        return e.ifIndex() == 0 ? 0 : bridgePorts.of(e.ifIndex());
    }

    static byte[] parse(String mac) {
        String hex = mac.replaceAll("[:.\\-]", "");
        if (!hex.matches("[0-9A-Fa-f]{12}")) {
            throw new IllegalArgumentException("not a MAC address: " + mac);
        }
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** The six sub-identifiers of a MAC in a table index. */
    static int[] subIds(byte[] mac) {
        int[] out = new int[mac.length];
        for (int i = 0; i < mac.length; i++) {
            out[i] = mac[i] & 0xff;
        }
        return out;
    }

    List<Entry> snapshot() {
        return new ArrayList<>(entries);
    }
}
