package net.dcihandlers.sim;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.smi.Address;
import org.snmp4j.transport.TransportListener;

/**
 * Stands between the UDP socket and snmp4j's message dispatcher: counts every datagram received
 * (as snmpInPkts does, so retries, SNMPv3 discovery and bad communities count too) and applies the
 * faults that act before the agent looks at a request (SILENT, DROP, SLOW). The dispatcher is not
 * registered on the transport itself, so nothing reaches it except through here.
 */
final class RequestGate implements TransportListener {
    private final TransportListener dispatcher;
    private final Faults faults;
    private final AtomicLong received = new AtomicLong();
    /** Every datagram since start, never reset: snmpInPkts. */
    private final AtomicLong total = new AtomicLong();

    RequestGate(TransportListener dispatcher, Faults faults) {
        this.dispatcher = dispatcher;
        this.faults = faults;
    }

    @Override
    public <A extends Address> void processMessage(TransportMapping<? super A> sourceTransport, A incomingAddress,
                                                   ByteBuffer wholeMessage, TransportStateReference tmStateReference) {
        // counted before any answer goes out, so a test that got its answer sees its request counted
        received.incrementAndGet();
        total.incrementAndGet();
        if (faults.swallowNext()) {
            return;
        }
        long delay = faults.delayMillis();
        if (delay > 0) {
            try {
                // on the listen thread on purpose: later requests wait too, as on a busy agent
                Thread.sleep(delay);
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        dispatcher.processMessage(sourceTransport, incomingAddress, wholeMessage, tmStateReference);
    }

    long received() {
        return received.get();
    }

    long total() {
        return total.get();
    }

    void resetReceived() {
        received.set(0);
    }
}
