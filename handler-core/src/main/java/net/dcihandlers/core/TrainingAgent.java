package net.dcihandlers.core;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small SNMP v1/v2c agent on loopback for the class-data training run, so that the training
 * goes through what a real call does with a device's answers (decoding responses, walking
 * tables, reading back a set) and the archive holds those classes too. It answers from a
 * two-port interface table and the system group; a SET is kept and read back. It is no device
 * simulator: the handlers' tests use real peers and the project's simulators.
 */
final class TrainingAgent implements CommandResponder, AutoCloseable {
    private final TreeMap<OID, Variable> mib = new TreeMap<>();
    private final Snmp snmp;
    private final int port;

    TrainingAgent() throws IOException {
        mib.put(new OID("1.3.6.1.2.1.1.1.0"), new OctetString("class-data training agent"));
        mib.put(new OID("1.3.6.1.2.1.1.2.0"), new OID("1.3.6.1.4.1.8072.3.2.10"));
        mib.put(new OID("1.3.6.1.2.1.1.3.0"), new TimeTicks(100));
        mib.put(new OID("1.3.6.1.2.1.1.5.0"), new OctetString("training"));
        for (int i = 1; i <= 2; i++) {
            String ifEntry = "1.3.6.1.2.1.2.2.1.";
            String ifXEntry = "1.3.6.1.2.1.31.1.1.1.";
            mib.put(new OID(ifEntry + "1." + i), new Integer32(i));
            mib.put(new OID(ifEntry + "2." + i), new OctetString("port " + i));
            mib.put(new OID(ifEntry + "3." + i), new Integer32(6));
            mib.put(new OID(ifEntry + "4." + i), new Integer32(1500));
            mib.put(new OID(ifEntry + "5." + i), new Gauge32(1_000_000_000L));
            mib.put(new OID(ifEntry + "6." + i), OctetString.fromHexString("00:00:5e:00:53:0" + i));
            mib.put(new OID(ifEntry + "7." + i), new Integer32(1));
            mib.put(new OID(ifEntry + "8." + i), new Integer32(i));
            mib.put(new OID(ifEntry + "10." + i), new Counter32(1000L * i));
            mib.put(new OID(ifEntry + "11." + i), new Counter32(10L * i));
            mib.put(new OID(ifEntry + "16." + i), new Counter32(2000L * i));
            mib.put(new OID(ifEntry + "17." + i), new Counter32(20L * i));
            mib.put(new OID(ifXEntry + "1." + i), new OctetString("p" + i));
            mib.put(new OID(ifXEntry + "6." + i), new Counter64(1000L * i));
            mib.put(new OID(ifXEntry + "7." + i), new Counter64(10L * i));
            mib.put(new OID(ifXEntry + "10." + i), new Counter64(2000L * i));
            mib.put(new OID(ifXEntry + "11." + i), new Counter64(20L * i));
            mib.put(new OID(ifXEntry + "15." + i), new Gauge32(1000));
            mib.put(new OID(ifXEntry + "18." + i), new OctetString(""));
            mib.put(new OID("1.3.6.1.2.1.10.7.2.1.19." + i), new Integer32(3));
        }
        DefaultUdpTransportMapping transport =
                new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), 0));
        snmp = new Snmp(transport);
        snmp.addCommandResponder(this);
        transport.listen();
        port = transport.getListenAddress().getPort();
    }

    /** host:port of the agent, as a request's {@code ip}. */
    String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized <A extends Address> void processPdu(CommandResponderEvent<A> e) {
        PDU request = e.getPDU();
        if (request == null) {
            return;
        }
        PDU response = new PDU();
        response.setType(PDU.RESPONSE);
        response.setRequestID(request.getRequestID());
        switch (request.getType()) {
            case PDU.GET -> {
                for (VariableBinding vb : request.getVariableBindings()) {
                    Variable v = mib.get(vb.getOid());
                    response.add(new VariableBinding(vb.getOid(), v != null ? v : Null.noSuchObject));
                }
            }
            case PDU.GETNEXT -> {
                for (VariableBinding vb : request.getVariableBindings()) {
                    response.add(next(vb.getOid()));
                }
            }
            case PDU.GETBULK -> {
                int n = request.size();
                int nonRepeaters = Math.min(Math.max(request.getNonRepeaters(), 0), n);
                for (int k = 0; k < nonRepeaters; k++) {
                    response.add(next(request.get(k).getOid()));
                }
                OID[] at = new OID[n - nonRepeaters];
                for (int k = nonRepeaters; k < n; k++) {
                    at[k - nonRepeaters] = request.get(k).getOid();
                }
                int rows = Math.min(Math.max(request.getMaxRepetitions(), 0), 10);
                for (int r = 0; r < rows && at.length > 0; r++) {
                    for (int k = 0; k < at.length; k++) {
                        VariableBinding vb = next(at[k]);
                        response.add(vb);
                        at[k] = vb.getOid();
                    }
                }
            }
            case PDU.SET -> {
                for (VariableBinding vb : request.getVariableBindings()) {
                    mib.put(vb.getOid(), vb.getVariable());
                    response.add(vb);
                }
            }
            default -> {
                return;
            }
        }
        try {
            e.getMessageDispatcher().returnResponsePdu(e.getMessageProcessingModel(), e.getSecurityModel(),
                    e.getSecurityName(), e.getSecurityLevel(), response, e.getMaxSizeResponsePDU(),
                    e.getStateReference(), new StatusInformation());
        } catch (Exception ignored) {
            // a training answer that could not be sent: the call times out, as against a silent port
        }
        e.setProcessed(true);
    }

    private VariableBinding next(OID oid) {
        Map.Entry<OID, Variable> n = mib.higherEntry(oid);
        return n == null ? new VariableBinding(oid, Null.endOfMibView) : new VariableBinding(n.getKey(), n.getValue());
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException ignored) {
            // the training ends anyway
        }
    }
}
