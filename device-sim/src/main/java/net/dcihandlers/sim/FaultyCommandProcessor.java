package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOContextScope;
import org.snmp4j.agent.DefaultMOQuery;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.request.SnmpRequest;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * snmp4j-agent's command processor with three additions: it counts the SET requests it handles and
 * those it refuses (so a test can tell that nothing was written, or that every write was accepted),
 * the active faults may change where a GETNEXT or GETBULK step goes (OUT_OF_ORDER, IN_CIRCLES),
 * and they may reshape each response (TOO_BIG, MAX_BINDINGS, WRONG_TYPES) just before
 * snmp4j-agent's own size check and send.
 */
final class FaultyCommandProcessor extends CommandProcessor {
    private final Faults faults;
    private final AtomicLong sets = new AtomicLong();
    private final AtomicLong refusedSets = new AtomicLong();
    private Object rowsOf;
    private final Map<OID, List<OID>> rows = new HashMap<>();

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

    /**
     * A GETNEXT step (also each repetition of a GETBULK, which starts from the previous one's
     * answer) within a table a fault walks in its own order: the step is pointed at the row the
     * fault chooses, and snmp4j-agent answers it with that row's value.
     */
    @Override
    protected void processNextSubRequest(SnmpRequest request, MOServer server, OctetString context, SubRequest<?> sreq) {
        if (sreq.getScope() instanceof DefaultMOContextScope scope && scope.getLowerBound() != null) {
            OID from = scope.getLowerBound();
            for (Fault fault : faults.active()) {
                OID entry = fault.walkedEntry();
                if (entry == null || !from.startsWith(entry) || from.size() <= entry.size()) {
                    continue;
                }
                OID column = new OID(from.getValue(), 0, entry.size() + 1);
                OID to = fault.nextInstead(column, from, rows(request, server, context, column));
                if (to != null) {
                    scope.setLowerBound(to == Fault.PAST_THE_COLUMN ? column.nextPeer() : to);
                    scope.setLowerIncluded(true);
                    sreq.setQuery(null);
                }
                break;
            }
        }
        super.processNextSubRequest(request, server, context, sreq);
    }

    /** The instance OIDs of one column in OID order, listed once per request. */
    private synchronized List<OID> rows(SnmpRequest request, MOServer server, OctetString context, OID column) {
        if (rowsOf != request) {
            rowsOf = request;
            rows.clear();
        }
        return rows.computeIfAbsent(column, c -> {
            List<OID> out = new ArrayList<>();
            OID upper = c.nextPeer();
            ManagedObject<?> mo = server.lookup(new DefaultMOQuery(new DefaultMOContextScope(context, c, false, upper, false)));
            OID at = c;
            while (mo != null) {
                OID next = mo.find(new DefaultMOContextScope(context, at, false, upper, false));
                if (next == null) {
                    break;
                }
                out.add(next);
                at = next;
            }
            return out;
        });
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
