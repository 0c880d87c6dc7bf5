package net.dcihandlers.core.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.CallState;
import net.dcihandlers.core.Config;
import net.dcihandlers.core.CoreSettings;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import org.snmp4j.AbstractTarget;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One SNMP session with one device, on snmp4j: GET, several table columns read together (GETBULK,
 * or GETNEXT for v1), and SET, every request bounded by the call's deadline. Failures become
 * {@link HandlerException}s whose texts say what to check and never carry a secret.
 */
public final class SnmpClient implements AutoCloseable {
    public static final int DEFAULT_PORT = 161;
    /** The most bindings one GET asks for. */
    static final int MAX_GET_BINDINGS = 48;
    /** A table longer than this is a device walking in circles. */
    static final int MAX_ROWS = 200_000;

    private final Snmp snmp;
    private final AbstractTarget<UdpAddress> target;
    private final SnmpCredentials credentials;
    private final DeviceAddress address;
    private final Trace trace;
    private final Deadline deadline;
    private final int timeoutMs;
    private final int retries;
    private int maxRepetitions;
    private OctetString contextName = new OctetString();
    private int requests;
    /** The call's state, where a SET sent and not yet confirmed is noted; null outside a call. */
    private CallState state;

    private SnmpClient(Snmp snmp, AbstractTarget<UdpAddress> target, SnmpCredentials credentials,
                       DeviceAddress address, Trace trace, Deadline deadline, int timeoutMs, int retries,
                       int maxRepetitions) {
        this.snmp = snmp;
        this.target = target;
        this.credentials = credentials;
        this.address = address;
        this.trace = trace;
        this.deadline = deadline;
        this.timeoutMs = timeoutMs;
        this.retries = retries;
        this.maxRepetitions = maxRepetitions;
    }

    /** Opens a session to the device of the call. */
    public static SnmpClient open(Call call) throws HandlerException {
        SnmpClient c = open(call.address(DEFAULT_PORT), SnmpCredentials.from(call.device(), call.config()),
                call.config(), call.trace(), call.deadline());
        c.state = call.state();
        return c;
    }

    public static SnmpClient open(DeviceAddress address, SnmpCredentials credentials, Config config, Trace trace,
                                  Deadline deadline) throws HandlerException {
        int timeout = config.integer(CoreSettings.SNMP_TIMEOUT_MS);
        int retries = config.integer(CoreSettings.SNMP_RETRIES);
        int reps = config.integer(CoreSettings.SNMP_MAX_REPETITIONS);
        InetAddress ip;
        try {
            ip = InetAddress.getByName(address.host());
        } catch (UnknownHostException e) {
            throw HandlerException.connection("cannot resolve the device address '" + address.host()
                    + "': check device_params/ip and the panel host's DNS");
        }
        DeviceAddress.checkDestination(ip, address.host());
        UdpAddress udp = new UdpAddress(ip, address.port());
        try {
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(
                    new UdpAddress(InetAddress.getByName(ip instanceof java.net.Inet6Address ? "::" : "0.0.0.0"), 0));
            Snmp snmp = new Snmp(dispatcher, transport);
            AbstractTarget<UdpAddress> target;
            switch (credentials.version()) {
                case V1 -> {
                    dispatcher.addMessageProcessingModel(new MPv1());
                    target = new CommunityTarget<>(udp, new OctetString(credentials.community()));
                }
                case V2C -> {
                    dispatcher.addMessageProcessingModel(new MPv2c());
                    target = new CommunityTarget<>(udp, new OctetString(credentials.community()));
                }
                default -> {
                    // an agent reports a wrong digest or an undecryptable request unauthenticated;
                    // accepting such reports turns a silent timeout into a message naming the cause
                    SNMP4JSettings.setReportSecurityLevelStrategy(
                            SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
                    SecurityProtocols protocols = SecurityProtocols.getInstance();
                    OID authId = null;
                    OID privId = null;
                    if (credentials.auth() != null) {
                        var a = credentials.auth().factory.get();
                        protocols.addAuthenticationProtocol(a);
                        authId = a.getID();
                    }
                    if (credentials.priv() != null) {
                        var p = credentials.priv().factory.get();
                        protocols.addPrivacyProtocol(p);
                        privId = p.getID();
                    }
                    USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
                    SecurityModels.getInstance().addSecurityModel(usm);
                    dispatcher.addMessageProcessingModel(new MPv3(usm));
                    OctetString user = new OctetString(credentials.user());
                    usm.addUser(user, new UsmUser(user, authId,
                            credentials.authPhrase() == null ? null : new OctetString(credentials.authPhrase()),
                            privId, credentials.privPhrase() == null ? null : new OctetString(credentials.privPhrase())));
                    UserTarget<UdpAddress> ut = new UserTarget<>();
                    ut.setAddress(udp);
                    ut.setSecurityName(user);
                    ut.setSecurityLevel(credentials.level().getSnmpValue());
                    target = ut;
                }
            }
            target.setVersion(credentials.snmp4jVersion());
            target.setTimeout(timeout);
            target.setRetries(retries);
            snmp.listen();
            trace.line("SNMP session to " + address + " (" + credentials.describe() + ", timeout " + timeout
                    + " ms, " + retries + " retries, max-repetitions " + reps + ")");
            return new SnmpClient(snmp, target, credentials, address, trace, deadline, timeout, retries, reps);
        } catch (IOException e) {
            throw HandlerException.connection("cannot open a UDP socket for SNMP: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw HandlerException.badData("the SNMP v3 credentials are not usable: " + e.getMessage());
        }
    }

    /** The device, as messages name it. */
    public DeviceAddress address() {
        return address;
    }

    public SnmpVersion version() {
        return credentials.version();
    }

    /** How many requests this session has sent (not counting snmp4j's retries). */
    public int requests() {
        return requests;
    }

    /**
     * Values of the given instances; an instance the device does not have is left out of the map.
     */
    public Map<OID, Variable> get(List<OID> oids) throws HandlerException {
        Map<OID, Variable> out = new LinkedHashMap<>();
        for (int i = 0; i < oids.size(); i += MAX_GET_BINDINGS) {
            List<OID> chunk = new ArrayList<>(oids.subList(i, Math.min(oids.size(), i + MAX_GET_BINDINGS)));
            while (!chunk.isEmpty()) {
                PDU pdu = pdu(PDU.GET);
                chunk.forEach(o -> pdu.add(new VariableBinding(o)));
                PDU r = send(pdu, "GET");
                if (r.getErrorStatus() == PDU.noSuchName && credentials.version() == SnmpVersion.V1) {
                    // v1 fails the whole request for one missing instance: drop it and ask again
                    chunk.remove(errorIndex(r, chunk.size()));
                    continue;
                }
                failOnError(r, "GET");
                for (VariableBinding vb : r.getVariableBindings()) {
                    if (!vb.isException() && vb.getVariable() != null) {
                        Variable v = checked(SnmpObjects.of(vb.getOid()), vb.getOid(), vb.getVariable());
                        if (v != null) {
                            out.put(vb.getOid(), v);
                        }
                    }
                }
                break;
            }
        }
        return out;
    }

    /** One instance's value, or null if the device does not have it. */
    public Variable get(OID oid) throws HandlerException {
        return get(List.of(oid)).get(oid);
    }

    /**
     * GETNEXT of each OID: what follows it, or no entry when nothing does (end of the MIB view).
     * Used to identify a device and to probe for columns in one request.
     */
    public Map<OID, VariableBinding> next(List<OID> oids) throws HandlerException {
        Map<OID, VariableBinding> out = new LinkedHashMap<>();
        List<OID> asked = new ArrayList<>(oids);
        while (!asked.isEmpty()) {
            PDU pdu = pdu(PDU.GETNEXT);
            asked.forEach(o -> pdu.add(new VariableBinding(o)));
            PDU r = send(pdu, "GETNEXT");
            if (r.getErrorStatus() == PDU.noSuchName && credentials.version() == SnmpVersion.V1) {
                asked.remove(errorIndex(r, asked.size()));
                continue;
            }
            failOnError(r, "GETNEXT");
            List<? extends VariableBinding> vbs = r.getVariableBindings();
            for (int i = 0; i < Math.min(asked.size(), vbs.size()); i++) {
                VariableBinding vb = vbs.get(i);
                // only a value under what was asked is the caller's business (a probe that finds
                // nothing gets whatever follows in the device's MIB)
                if (!vb.isException() && (!vb.getOid().startsWith(asked.get(i))
                        || checked(SnmpObjects.of(vb.getOid()), vb.getOid(), vb.getVariable()) != null)) {
                    out.put(asked.get(i), vb);
                }
            }
            break;
        }
        return out;
    }

    /** Reads whole columns together. */
    public SnmpTable walk(List<OID> columns) throws HandlerException {
        return walk(List.of(), columns);
    }

    /**
     * Reads scalars and whole columns in the fewest requests: the scalars ride along as
     * non-repeaters of the first GETBULK, the columns are walked side by side (a truncated answer
     * is taken as far as it goes), and a tooBig answer halves the rows asked for. SNMP v1 has no
     * GETBULK; there each request is one GETNEXT with every unfinished column.
     *
     * <p>A column ends only where the device says so: an OID outside it, or endOfMibView. An
     * agent that returns OIDs out of order (some switches walk their forwarding table in their own
     * order) is followed from wherever it went, as net-snmp's {@code snmpwalk -Cc} does; an agent
     * that returns an OID it returned before walks in circles, and more than {@value #MAX_ROWS}
     * values are taken for one that never ends: both are errors, never a table cut short.
     *
     * @param scalars instance OIDs ending in .0 (sysName.0 ...)
     * @param columns column OIDs (ifDescr ...)
     */
    public SnmpTable walk(List<OID> scalars, List<OID> columns) throws HandlerException {
        return walk(scalars, columns, true);
    }

    /**
     * Walks whole subtrees side by side as {@link #walk(List, List)} walks columns, keeping every
     * value as the device sent it, of whatever type: a dump records the device, not what the
     * handlers make of it. The subtrees must not overlap.
     */
    SnmpTable walkAsSent(List<OID> subtrees) throws HandlerException {
        return walk(List.of(), subtrees, false);
    }

    private SnmpTable walk(List<OID> scalars, List<OID> columns, boolean typed) throws HandlerException {
        SnmpTable table = new SnmpTable(columns);
        List<OID> pendingScalars = new ArrayList<>(scalars);
        List<OID> pending = new ArrayList<>(columns);
        Map<OID, OID> cursor = new HashMap<>();
        columns.forEach(c -> cursor.put(c, c));
        Map<OID, SnmpObjects.Definition> definitions = new HashMap<>();
        columns.forEach(c -> definitions.put(c, SnmpObjects.of(c)));
        Set<OID> seen = new HashSet<>();
        Set<OID> outOfOrder = new HashSet<>();
        int rows = 0;
        while (!pending.isEmpty() || !pendingScalars.isEmpty()) {
            PDU pdu;
            String what;
            if (credentials.version() == SnmpVersion.V1) {
                pdu = pdu(PDU.GETNEXT);
                what = "GETNEXT";
            } else {
                pdu = pdu(PDU.GETBULK);
                pdu.setNonRepeaters(pendingScalars.size());
                pdu.setMaxRepetitions(pending.isEmpty() ? 0 : maxRepetitions);
                what = "GETBULK";
            }
            for (OID s : pendingScalars) {
                pdu.add(new VariableBinding(parentOf(s)));
            }
            for (OID c : pending) {
                pdu.add(new VariableBinding(cursor.get(c)));
            }
            PDU r = send(pdu, what);
            if (r.getErrorStatus() == PDU.tooBig && credentials.version() != SnmpVersion.V1) {
                if (maxRepetitions == 1) {
                    throw HandlerException.badData("the device at " + address + " answers tooBig even to a request for"
                            + " one row of " + pending.size() + " columns");
                }
                maxRepetitions = Math.max(1, maxRepetitions / 2);
                trace.line("tooBig: asking for " + maxRepetitions + " rows per request from now on");
                continue;
            }
            if (r.getErrorStatus() == PDU.noSuchName && credentials.version() == SnmpVersion.V1) {
                // end of the MIB view after one of the objects: that one is finished
                int i = errorIndex(r, pendingScalars.size() + pending.size());
                if (i < pendingScalars.size()) {
                    pendingScalars.remove(i);
                } else {
                    pending.remove(i - pendingScalars.size());
                }
                continue;
            }
            failOnError(r, what);
            List<? extends VariableBinding> vbs = r.getVariableBindings();
            int nonRepeaters = pendingScalars.size();
            for (int i = 0; i < Math.min(nonRepeaters, vbs.size()); i++) {
                VariableBinding vb = vbs.get(i);
                OID s = pendingScalars.get(i);
                if (!vb.isException() && vb.getOid().equals(s)) {
                    Variable v = checked(SnmpObjects.of(s), s, vb.getVariable());
                    if (v != null) {
                        table.putScalar(s, v);
                    }
                }
            }
            pendingScalars.clear();
            if (pending.isEmpty()) {
                continue;
            }
            List<OID> finished = new ArrayList<>();
            boolean progress = false;
            for (int i = nonRepeaters; i < vbs.size(); i++) {
                OID column = pending.get((i - nonRepeaters) % pending.size());
                if (finished.contains(column)) {
                    continue;
                }
                VariableBinding vb = vbs.get(i);
                OID oid = vb.getOid();
                if (vb.isException() || !oid.startsWith(column)) {
                    finished.add(column);
                    continue;
                }
                OID after = cursor.get(column);
                if (oid.size() == column.size() || !seen.add(oid)) {
                    throw HandlerException.badData("the device at " + address + " returned " + oid + " a second time"
                            + " while " + named(column) + " was read (asked for what follows " + after + "): it walks"
                            + " this table in circles, so the table cannot be read whole");
                }
                if (oid.compareTo(after) <= 0 && outOfOrder.add(column)) {
                    trace.line("the device returned " + oid + " after " + after + ", out of order; the walk of "
                            + named(column) + " goes on from there (as snmpwalk -Cc does)");
                }
                cursor.put(column, oid);
                progress = true;
                if (++rows > MAX_ROWS) {
                    throw HandlerException.badData("the device at " + address + " returned more than " + MAX_ROWS
                            + " table values; it seems to walk in circles");
                }
                Variable v = typed ? checked(definitions.get(column), oid, vb.getVariable()) : vb.getVariable();
                if (v != null) {
                    table.put(column, new OID(oid.getValue(), column.size(), oid.size() - column.size()), v);
                }
            }
            pending.removeAll(finished);
            if (!progress && finished.isEmpty()) {
                throw HandlerException.badData("the device at " + address + " answered a " + what
                        + " without any value; cannot read its tables");
            }
        }
        return table;
    }

    /**
     * Sets one value. A device that refuses (no write access, not writable, wrong value) is an
     * error saying which; nothing is assumed to have changed.
     */
    public void set(OID oid, Variable value) throws HandlerException {
        set(List.of(new VariableBinding(oid, value)));
    }

    /** Sets several values in one request, which the device applies all or none. */
    public void set(List<VariableBinding> bindings) throws HandlerException {
        PDU pdu = pdu(PDU.SET);
        bindings.forEach(pdu::add);
        String what = "the change (a SET of " + bindings.stream().map(b -> b.getOid().toString())
                .collect(java.util.stream.Collectors.joining(", ")) + ") was sent to the device at " + address;
        if (state != null) {
            state.unconfirmed(what + "; the device did not confirm it");
        }
        int before = requests;
        PDU r;
        try {
            r = send(pdu, "SET");
        } catch (HandlerException e) {
            if (requests == before) {
                if (state != null) {
                    state.settled();
                }
                throw e;
            }
            // sent, and no answer: the device may have applied it all the same
            throw new HandlerException(e.type(), what + " but not confirmed, so it may have been applied: "
                    + e.getMessage() + "; ask for the status to see the device's state", e);
        }
        if (state != null) {
            state.settled();
        }
        if (r.getErrorStatus() != PDU.noError) {
            int i = r.getErrorIndex() - 1;
            throw setRefused(i >= 0 && i < bindings.size() ? bindings.get(i).getOid() : bindings.get(0).getOid(), r);
        }
    }

    /** Sets one value and reads it back, so the caller reports what the device holds, not what was asked. */
    public Variable setAndRead(OID oid, Variable value) throws HandlerException {
        set(oid, value);
        Variable back = get(oid);
        if (back == null) {
            throw HandlerException.badData("the device at " + address + " accepted a SET of " + oid
                    + " but has no value there when read back");
        }
        return back;
    }

    /**
     * Addresses the following requests to one VLAN's instance of a per-VLAN MIB (Cisco IOS keeps one
     * BRIDGE-MIB per VLAN): the community {@code community@vlan} with v1/v2c, the context
     * {@code vlan-<id>} with v3; null returns to the default instance.
     */
    public void vlanInstance(Integer vlan) {
        if (credentials.version() == SnmpVersion.V3) {
            contextName = new OctetString(vlan == null ? "" : "vlan-" + vlan);
        } else {
            ((CommunityTarget<UdpAddress>) target).setCommunity(
                    new OctetString(credentials.community() + (vlan == null ? "" : "@" + vlan)));
        }
    }

    private HandlerException setRefused(OID oid, PDU r) {
        int status = r.getErrorStatus();
        String name = r.getErrorStatusText();
        return switch (status) {
            case PDU.noAccess, PDU.authorizationError, PDU.readOnly -> HandlerException.connection(
                    "the device at " + address + " refused to change " + oid + " (" + name + "): the "
                            + (credentials.version() == SnmpVersion.V3 ? "SNMPv3 user" : "community")
                            + " has no write access; give the device form a read-write one");
            case PDU.noSuchName -> HandlerException.connection(
                    "the device at " + address + " refused to change " + oid + " (noSuchName): with SNMP v1 this "
                            + "means the community has no write access, or the object does not exist");
            case PDU.notWritable, PDU.noCreation -> HandlerException.badData(
                    "the device at " + address + " cannot change " + oid + " (" + name + "): it is not writable there");
            case PDU.wrongValue, PDU.wrongType, PDU.badValue, PDU.inconsistentValue, PDU.wrongLength,
                    PDU.wrongEncoding -> HandlerException.badData(
                    "the device at " + address + " refused the value for " + oid + " (" + name + ")");
            default -> HandlerException.badData("the device at " + address + " failed to change " + oid
                    + " (" + name + ")");
        };
    }

    /**
     * A value checked against its declared syntax: the value, or null where a value of the wrong
     * type is dropped (an optional object, traced); for a required object, an error naming it.
     */
    private Variable checked(SnmpObjects.Definition d, OID instance, Variable v) throws HandlerException {
        if (d == null || v == null || d.syntax().accepts(v)) {
            return v;
        }
        String object = d.name() + (instance.size() > d.oid().size()
                ? "." + new OID(instance.getValue(), d.oid().size(), instance.size() - d.oid().size()) : "");
        if (!d.required()) {
            trace.line(object + " (" + instance + ") came as " + SnmpObjects.received(v) + ", not " + d.syntax().described()
                    + " as its MIB defines: left out");
            return null;
        }
        throw HandlerException.badData("the device at " + address + " answered " + object + " (" + instance + ") with "
                + SnmpObjects.received(v) + ", but " + d.name() + " is " + d.syntax().described() + ": the agent does"
                + " not keep to its MIB, so its answer cannot be used");
    }

    /** A column as messages name it: its MIB name where it was declared, else its OID. */
    private static String named(OID column) {
        SnmpObjects.Definition d = SnmpObjects.of(column);
        return d != null && d.oid().equals(column) ? d.name() + " (" + column + ")" : column.toString();
    }

    private PDU pdu(int type) {
        PDU pdu;
        if (credentials.version() == SnmpVersion.V3) {
            ScopedPDU s = new ScopedPDU();
            s.setContextName(contextName);
            pdu = s;
        } else if (credentials.version() == SnmpVersion.V1) {
            pdu = new PDUv1();
        } else {
            pdu = new PDU();
        }
        pdu.setType(type);
        return pdu;
    }

    private static OID parentOf(OID instance) {
        return new OID(instance.getValue(), 0, instance.size() - 1);
    }

    private int errorIndex(PDU r, int size) throws HandlerException {
        int i = r.getErrorIndex() - 1;
        if (i < 0 || i >= size) {
            throw HandlerException.badData("the device at " + address + " answered " + r.getErrorStatusText()
                    + " with an error index (" + r.getErrorIndex() + ") outside the request");
        }
        return i;
    }

    private void failOnError(PDU r, String what) throws HandlerException {
        int status = r.getErrorStatus();
        if (status == PDU.noError) {
            return;
        }
        if (status == PDU.noAccess || status == PDU.authorizationError) {
            throw HandlerException.connection("the device at " + address + " refused the " + what + " ("
                    + r.getErrorStatusText() + "): check the " + (credentials.version() == SnmpVersion.V3
                    ? "SNMPv3 user's access (VACM)" : "community's access") + " on the device");
        }
        throw HandlerException.badData("the device at " + address + " answered the " + what + " with an error ("
                + r.getErrorStatusText() + ")");
    }

    /** Sends one request within the deadline and returns the response, or fails as a user should read it. */
    private PDU send(PDU pdu, String what) throws HandlerException {
        long remaining = deadline.remainingMillis();
        if (remaining <= 0) {
            deadline.check(what + " to " + address);
        }
        // as many tries as the time left holds, each as long as configured; the last fitting one
        // shares out what is left, so that a silent device is waited for until the deadline
        int tries = (int) Math.max(1, Math.min(retries + 1L, (remaining + timeoutMs - 1) / timeoutMs));
        int timeout = (int) Math.max(1, Math.min(timeoutMs, remaining / tries));
        target.setTimeout(timeout);
        target.setRetries(tries - 1);
        requests++;
        long t0 = System.nanoTime();
        ResponseEvent<UdpAddress> ev;
        try {
            ev = snmp.send(pdu, target);
        } catch (IOException e) {
            throw HandlerException.connection("cannot send SNMP to " + address + ": " + e.getMessage());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000L;
        PDU r = ev == null ? null : ev.getResponse();
        if (trace.on()) {
            trace.line(describeExchange(what, pdu, r, ms));
        }
        if (r == null) {
            if (ev != null && ev.getError() != null) {
                throw connectionFailure(ev.getError());
            }
            if (timeout < timeoutMs || tries < retries + 1) {
                // the wait was cut short by the call's deadline, not by the configured timeouts
                throw HandlerException.connection("the device at " + address + " did not answer within the "
                        + deadline.budgetMillis() + " ms the call had (deadline.ms; " + requests + " requests sent, the"
                        + " last one waited " + ms + " ms): it is slow or unreachable; check it, or raise deadline.ms");
            }
            throw HandlerException.connection("no answer from " + address + " (" + credentials.describe() + ", "
                    + tries + " tries of " + timeout + " ms): check the address, that the device's SNMP agent is on"
                    + " and lets the panel in, and the " + (credentials.version() == SnmpVersion.V3
                    ? "SNMPv3 user, passphrases and protocols (snmp.v3.*)" : "community"));
        }
        if (r.getType() == PDU.REPORT) {
            throw report(r);
        }
        return r;
    }

    private HandlerException connectionFailure(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return HandlerException.connection("SNMP exchange with " + address + " failed (" + credentials.describe()
                + "): " + m);
    }

    private HandlerException report(PDU r) {
        OID o = r.size() > 0 ? r.get(0).getOid() : new OID();
        String user = credentials.user();
        if (o.startsWith(SnmpConstants.usmStatsUnknownUserNames)) {
            return HandlerException.connection("the device at " + address + " does not know the SNMPv3 user '" + user
                    + "': check snmp_user on the device form and the device's SNMPv3 users");
        }
        if (o.startsWith(SnmpConstants.usmStatsWrongDigests)) {
            return HandlerException.connection("SNMPv3 authentication of user '" + user + "' failed at " + address
                    + ": check the auth passphrase, and that the device uses " + credentials.auth()
                    + " (snmp.v3.auth.protocol)");
        }
        if (o.startsWith(SnmpConstants.usmStatsDecryptionErrors)) {
            return HandlerException.connection("the device at " + address + " could not decrypt the request of user '"
                    + user + "': check the privacy passphrase, and that the device uses " + credentials.priv()
                    + " (snmp.v3.priv.protocol)");
        }
        if (o.startsWith(SnmpConstants.usmStatsUnsupportedSecLevels)) {
            return HandlerException.connection("the device at " + address + " does not accept SNMPv3 user '" + user
                    + "' at this level: check snmp_auth_level against the device's user");
        }
        if (o.startsWith(SnmpConstants.usmStatsNotInTimeWindows)) {
            return HandlerException.connection("the device at " + address + " rejected the request as outside its"
                    + " time window (usmStatsNotInTimeWindows); try again, and check the device's SNMP engine");
        }
        return HandlerException.connection("the device at " + address + " refused the request with report " + o);
    }

    private String describeExchange(String what, PDU req, PDU r, long ms) {
        StringBuilder b = new StringBuilder();
        b.append(what);
        if (req.getType() == PDU.GETBULK) {
            b.append(" non-repeaters=").append(req.getNonRepeaters()).append(" max-repetitions=")
                    .append(req.getMaxRepetitions());
        }
        b.append(" [");
        appendBindings(b, req, false, 8);
        b.append("] -> ");
        if (r == null) {
            b.append("no answer");
        } else {
            if (r.getErrorStatus() != 0) {
                b.append(r.getErrorStatusText()).append(" at ").append(r.getErrorIndex()).append(' ');
            }
            b.append(r.size()).append(" bindings [");
            appendBindings(b, r, true, trace.on() ? 6 : 0);
            b.append(']');
        }
        b.append(" in ").append(ms).append(" ms (request ").append(requests).append(')');
        return b.toString();
    }

    private static void appendBindings(StringBuilder b, PDU p, boolean values, int limit) {
        int n = 0;
        for (VariableBinding vb : p.getVariableBindings()) {
            if (n > 0) {
                b.append(", ");
            }
            if (n++ == limit) {
                b.append("... ").append(p.size() - limit).append(" more");
                break;
            }
            b.append(vb.getOid());
            if (values || p.getType() == PDU.SET) {
                Variable v = vb.getVariable();
                b.append(" = ").append(v == null ? "null" : v.getSyntaxString() + ": " + v);
            }
        }
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // the socket is going away with the process anyway
        }
    }
}
