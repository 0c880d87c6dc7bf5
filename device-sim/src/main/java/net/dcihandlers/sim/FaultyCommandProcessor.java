package net.dcihandlers.sim;

import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;

/**
 * snmp4j-agent's command processor with two additions: it counts the SET requests it handles and
 * those it refuses (so a test can tell that nothing was written, or that every write was accepted),
 * and the active faults may reshape each response (TOO_BIG, MAX_BINDINGS) just before
 * snmp4j-agent's own size check and send.
 */
final class FaultyCommandProcessor extends CommandProcessor {
    private final Faults faults;
    private final AtomicLong sets = new AtomicLong();
    private final AtomicLong refusedSets = new AtomicLong();

    FaultyCommandProcessor(OctetString contextEngineId, Faults faults) {
        super(contextEngineId);
        this.faults = faults;
    }

    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        if (event.getPDU() != null && event.getPDU().getType() == PDU.SET) {
            sets.incrementAndGet();
        }
        super.processPdu(event);
    }

    @Override
    protected <A extends Address> void sendResponse(CommandResponderEvent<A> requestEvent, PDU response) {
        // reports (SNMPv3 errors) are the security layer's business, not a buggy agent's
        if (response.getType() == PDU.RESPONSE && requestEvent.getPDU() != null) {
            if (requestEvent.getPDU().getType() == PDU.SET && response.getErrorStatus() != PDU.noError) {
                refusedSets.incrementAndGet();
            }
            faults.shapeResponse(requestEvent.getPDU().getType(), response);
        }
        super.sendResponse(requestEvent, response);
    }

    /** SET requests that reached the agent: decoded, and for SNMPv3 authenticated; any community. */
    long sets() {
        return sets.get();
    }

    /** SET requests answered with an error status. */
    long refusedSets() {
        return refusedSets.get();
    }

    void resetSets() {
        sets.set(0);
        refusedSets.set(0);
    }
}
