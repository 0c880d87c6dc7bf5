package net.dcihandlers.sim;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.PDU;
import org.snmp4j.smi.Variable;

/**
 * The faults active on one simulated switch. Tests replace them from their own thread while the
 * agent's listen thread reads them, so the list is an immutable snapshot behind a volatile field.
 */
final class Faults {
    private volatile List<Fault> active = List.of();
    /** Requests seen since the faults were last set; DROP counts with it. */
    private final AtomicLong requestNumber = new AtomicLong();

    void set(List<Fault> faults) {
        active = List.copyOf(faults);
        requestNumber.set(0);
    }

    List<Fault> active() {
        return active;
    }

    /** Numbers the next request and tells whether it goes unanswered. */
    boolean swallowNext() {
        long number = requestNumber.incrementAndGet();
        for (Fault fault : active) {
            if (fault.swallows(number)) {
                return true;
            }
        }
        return false;
    }

    long delayMillis() {
        long total = 0;
        for (Fault fault : active) {
            total += fault.delayMillis();
        }
        return total;
    }

    Variable cell(IfColumn column, int ifIndex, Variable value) {
        Variable served = value;
        for (Fault fault : active) {
            served = fault.cell(column, ifIndex, served);
        }
        return served;
    }

    int setError() {
        for (Fault fault : active) {
            int error = fault.setError();
            if (error != PDU.noError) {
                return error;
            }
        }
        return PDU.noError;
    }

    void shapeResponse(int requestType, PDU response) {
        for (Fault fault : active) {
            fault.shapeResponse(requestType, response);
        }
    }
}
