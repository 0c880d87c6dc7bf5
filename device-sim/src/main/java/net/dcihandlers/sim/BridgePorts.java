package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BRIDGE-MIB's numbering of the ports: bridge port {@code first + k} is the k-th port in the order
 * the builder made them, whatever its ifIndex. Q-BRIDGE port lists and the forwarding database
 * speak bridge ports; only dot1dBasePortIfIndex tells which interface each one is.
 */
final class BridgePorts {
    private final int first;
    private final int[] ifIndexes;
    private final Map<Integer, Integer> byIfIndex = new HashMap<>();

    BridgePorts(int first, int[] portIfIndexesInOrder) {
        this.first = first;
        this.ifIndexes = portIfIndexesInOrder.clone();
        for (int k = 0; k < ifIndexes.length; k++) {
            byIfIndex.put(ifIndexes[k], first + k);
        }
    }

    int count() {
        return ifIndexes.length;
    }

    /** The highest bridge port number, or first - 1 if there are none. */
    int last() {
        return first + ifIndexes.length - 1;
    }

    boolean exists(int bridgePort) {
        return bridgePort >= first && bridgePort <= last();
    }

    /** Every bridge port number, ascending. */
    List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < ifIndexes.length; k++) {
            out.add(first + k);
        }
        return out;
    }

    int ifIndex(int bridgePort) {
        if (!exists(bridgePort)) {
            throw new IllegalArgumentException("no bridge port " + bridgePort);
        }
        return ifIndexes[bridgePort - first];
    }

    /** The bridge port of a port's ifIndex; IllegalArgumentException if the interface is not a port. */
    int of(int ifIndex) {
        Integer bp = byIfIndex.get(ifIndex);
        if (bp == null) {
            throw new IllegalArgumentException("ifIndex " + ifIndex + " is not a port of the switch");
        }
        return bp;
    }

    boolean isPort(int ifIndex) {
        return byIfIndex.containsKey(ifIndex);
    }

    /** The ports' ifIndexes in bridge port order. */
    int[] ifIndexes() {
        return ifIndexes.clone();
    }
}
