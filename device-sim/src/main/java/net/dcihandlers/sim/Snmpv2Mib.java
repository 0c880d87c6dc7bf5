package net.dcihandlers.sim;

import java.util.List;

import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.TimeTicks;

/**
 * SNMPv2-MIB (RFC 3418): the system group every simulated device serves (sysDescr, sysObjectID,
 * sysUpTime, sysName), which is how a handler tells what it talks to, and snmpInPkts of the snmp
 * group, which the switch serves.
 */
final class Snmpv2Mib {
    private static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    private static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    private static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    private static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
    private static final OID SNMP_IN_PKTS = new OID("1.3.6.1.2.1.11.1.0");

    /** What the system group says of a device. */
    record Identity(String sysDescr, String sysObjectId, String sysName) {
    }

    private Snmpv2Mib() {
    }

    /** The system group; sysUpTime counts from now. */
    static List<ManagedObject<?>> systemGroup(Identity id) {
        long startNanos = System.nanoTime();
        return List.of(
                new MOScalar<>(SYS_DESCR, MOAccessImpl.ACCESS_READ_ONLY, Syntax.text(id.sysDescr())),
                new MOScalar<>(SYS_OBJECT_ID, MOAccessImpl.ACCESS_READ_ONLY, new OID(id.sysObjectId())),
                new MOScalar<TimeTicks>(SYS_UP_TIME, MOAccessImpl.ACCESS_READ_ONLY, new TimeTicks(0)) {
                    @Override
                    public TimeTicks getValue() {
                        return new TimeTicks((System.nanoTime() - startNanos) / 10_000_000L);
                    }
                },
                new MOScalar<>(SYS_NAME, MOAccessImpl.ACCESS_READ_ONLY, Syntax.text(id.sysName())));
    }

    /** snmpInPkts: every datagram the gate has seen, wrapping at 32 bits as a Counter32 does. */
    static ManagedObject<?> snmpInPkts(RequestGate gate) {
        return new MOScalar<Counter32>(SNMP_IN_PKTS, MOAccessImpl.ACCESS_READ_ONLY, new Counter32()) {
            @Override
            public Counter32 getValue() {
                return new Counter32(gate.total() & 0xFFFF_FFFFL);
            }
        };
    }
}
