package net.dcihandlers.core.snmp;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An SNMP v2c agent on loopback whose answers a test writes: its values, and what GETNEXT of an
 * OID returns ({@code next}, by default the following OID in order), so that it can walk out of
 * order or in circles as broken agents do. SETs are swallowed when {@code answerSets} is false.
 */
final class ScriptedAgent implements CommandResponder, AutoCloseable {
    private final NavigableMap<OID, Variable> values = new TreeMap<>();
    private final Snmp snmp;
    private final DefaultUdpTransportMapping transport;
    private volatile UnaryOperator<OID> next = this::inOrder;
    private volatile boolean answerSets = true;
    private volatile int sets;

    ScriptedAgent() {
        try {
            transport = new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), 0));
            snmp = new Snmp(transport);
            snmp.addCommandResponder(this);
            transport.listen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ScriptedAgent put(String oid, Variable v) {
        synchronized (values) {
            values.put(new OID(oid), v);
        }
        return this;
    }

    /** What GETNEXT of an OID answers: an OID the agent has, or null for endOfMibView. */
    ScriptedAgent next(UnaryOperator<OID> order) {
        next = order;
        return this;
    }

    ScriptedAgent swallowSets() {
        answerSets = false;
        return this;
    }

    int sets() {
        return sets;
    }

    /** The following OID in OID order, as a sound agent answers. */
    OID inOrder(OID oid) {
        synchronized (values) {
            return values.higherKey(oid);
        }
    }

    String address() {
        return "127.0.0.1:" + transport.getListenAddress().getPort();
    }

    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        PDU request = event.getPDU();
        if (request == null) {
            return;
        }
        event.setProcessed(true);
        PDU response = request instanceof org.snmp4j.PDUv1 ? new org.snmp4j.PDUv1() : new PDU();
        response.setType(PDU.RESPONSE);
        response.setRequestID(request.getRequestID());
        switch (request.getType()) {
            case PDU.GET -> request.getVariableBindings().forEach(vb -> response.add(new VariableBinding(vb.getOid(),
                    value(vb.getOid()) == null ? Null.noSuchInstance : value(vb.getOid()))));
            case PDU.GETNEXT -> request.getVariableBindings().forEach(vb -> {
                VariableBinding n = after(vb.getOid());
                // an SNMP v1 agent skips what v1 cannot carry (RFC 3584 4.2.2.1)
                while (request instanceof org.snmp4j.PDUv1 && n.getVariable() instanceof org.snmp4j.smi.Counter64) {
                    n = after(n.getOid());
                }
                response.add(n);
            });
            case PDU.GETBULK -> {
                int nonRepeaters = Math.min(request.getNonRepeaters(), request.size());
                for (int i = 0; i < nonRepeaters; i++) {
                    response.add(after(request.get(i).getOid()));
                }
                OID[] cursors = new OID[request.size() - nonRepeaters];
                for (int i = 0; i < cursors.length; i++) {
                    cursors[i] = request.get(nonRepeaters + i).getOid();
                }
                for (int rep = 0; rep < request.getMaxRepetitions() && cursors.length > 0; rep++) {
                    for (int i = 0; i < cursors.length; i++) {
                        VariableBinding vb = after(cursors[i]);
                        response.add(vb);
                        cursors[i] = vb.getOid();
                    }
                }
            }
            case PDU.SET -> {
                sets++;
                if (!answerSets) {
                    return;
                }
                request.getVariableBindings().forEach(vb -> {
                    put(vb.getOid().toDottedString(), vb.getVariable());
                    response.add(vb);
                });
            }
            default -> {
                return;
            }
        }
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                    event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                    event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            throw new IllegalStateException(e);
        }
    }

    private Variable value(OID oid) {
        synchronized (values) {
            return values.get(oid);
        }
    }

    private VariableBinding after(OID oid) {
        OID n = next.apply(oid);
        if (n == null) {
            return new VariableBinding(oid, Null.endOfMibView);
        }
        return new VariableBinding(n, value(n));
    }

    /** The values, for orders written over them. */
    NavigableMap<OID, Variable> values() {
        synchronized (values) {
            return new TreeMap<>(values);
        }
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // the test is over
        }
    }

    static Map.Entry<OID, Variable> entry(String oid, Variable v) {
        return Map.entry(new OID(oid), v);
    }
}
