package net.dcihandlers.sim;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.snmp4j.smi.OID;

/** The switch's interfaces in ifIndex order, the order in which the tables are walked. */
final class Interfaces {
    private final SwitchInterface[] byIfIndex;
    private final int[] ifIndexes;
    /** The ifIndexes as table row indexes, in the same order; interfaces are hardware, so they never change. */
    private final List<OID> indexes;

    Interfaces(List<SwitchInterface> interfaces) {
        byIfIndex = interfaces.stream()
                .sorted(Comparator.comparingInt(SwitchInterface::ifIndex))
                .toArray(SwitchInterface[]::new);
        ifIndexes = Arrays.stream(byIfIndex).mapToInt(SwitchInterface::ifIndex).toArray();
        for (int i = 1; i < ifIndexes.length; i++) {
            if (ifIndexes[i] == ifIndexes[i - 1]) {
                throw new IllegalArgumentException("ifIndex " + ifIndexes[i] + " is used twice");
            }
        }
        for (int i = 0; i < byIfIndex.length; i++) {
            byIfIndex[i].initCounters(i + 1);
        }
        indexes = Arrays.stream(ifIndexes).mapToObj(i -> new OID(new int[]{i})).toList();
    }

    int size() {
        return byIfIndex.length;
    }

    /** The interface at this position in ifIndex order (0-based). */
    SwitchInterface at(int position) {
        return byIfIndex[position];
    }

    /** The position of the interface with this ifIndex, or -1. */
    int positionOf(long ifIndex) {
        if (ifIndex < 1 || ifIndex > Integer.MAX_VALUE) {
            return -1;
        }
        int found = Arrays.binarySearch(ifIndexes, (int) ifIndex);
        return found >= 0 ? found : -1;
    }

    SwitchInterface byIfIndex(int ifIndex) {
        int position = positionOf(ifIndex);
        if (position < 0) {
            throw new IllegalArgumentException("no interface with ifIndex " + ifIndex);
        }
        return byIfIndex[position];
    }

    /** The row indexes of the interface tables, in ifIndex order. */
    List<OID> indexes() {
        return indexes;
    }

    List<SwitchInterface> all() {
        return List.of(byIfIndex);
    }
}
