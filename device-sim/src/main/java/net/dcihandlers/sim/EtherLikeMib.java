package net.dcihandlers.sim;

import java.util.List;
import java.util.stream.Collectors;

import org.snmp4j.smi.Integer32;

/**
 * EtherLike-MIB (RFC 3635) dot3StatsTable, indexed by the ifIndex of each Ethernet port:
 * dot3StatsIndex and dot3StatsDuplexStatus (1 unknown, 2 halfDuplex, 3 fullDuplex), the duplex
 * the port runs at. Interfaces that are not Ethernet ports have no row.
 */
final class EtherLikeMib {
    static final String DOT3_STATS_ENTRY = "1.3.6.1.2.1.10.7.2.1";
    static final int DOT3_STATS_INDEX = 1;
    static final int DOT3_STATS_DUPLEX_STATUS = 19;

    private EtherLikeMib() {
    }

    static MibTable dot3StatsTable(Interfaces interfaces) {
        List<Integer> ports = interfaces.all().stream().filter(SwitchInterface::isPort).map(SwitchInterface::ifIndex)
                .collect(Collectors.toUnmodifiableList());
        return new MibTable(DOT3_STATS_ENTRY, MibTable.singleIndexRows(context -> ports), null,
                new MibTable.Column(DOT3_STATS_INDEX, (context, index) -> new Integer32(index.get(0))),
                new MibTable.Column(DOT3_STATS_DUPLEX_STATUS,
                        (context, index) -> new Integer32(interfaces.byIfIndex(index.get(0)).duplexStatus())));
    }
}
