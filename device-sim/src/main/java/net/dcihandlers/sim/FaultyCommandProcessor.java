package net.dcihandlers.sim;

import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;

/**
 * snmp4j-agent's command processor with one change: the active faults may reshape each response
 * (TOO_BIG, MAX_BINDINGS) just before snmp4j-agent's own size check and send.
 */
final class FaultyCommandProcessor extends CommandProcessor {
    private final Faults faults;

    FaultyCommandProcessor(OctetString contextEngineId, Faults faults) {
        super(contextEngineId);
        this.faults = faults;
    }

    @Override
    protected <A extends Address> void sendResponse(CommandResponderEvent<A> requestEvent, PDU response) {
        // reports (SNMPv3 errors) are the security layer's business, not a buggy agent's
        if (response.getType() == PDU.RESPONSE && requestEvent.getPDU() != null) {
            faults.shapeResponse(requestEvent.getPDU().getType(), response);
        }
        super.sendResponse(requestEvent, response);
    }
}
