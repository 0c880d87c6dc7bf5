package net.dcihandlers.sim.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A BMC's Redfish service on loopback, over HTTPS: it serves the JSON of a real BMC's capture
 * (see the README beside the captures) with the system's {@code PowerState} live, and carries out
 * {@code ComputerSystem.Reset} the way real BMCs do: the power settles some time after the POST
 * returns ({@code PoweringOff}/{@code PoweringOn} meanwhile), a reset while the power is changing,
 * or shortly after one, is answered 409 (busy), and a reset to the state the server is already in
 * is refused with 409 as iDRAC does. Sessions (SessionService) and Basic authentication are
 * both accepted; the service root is served to anyone, as the standard says.
 */
public final class RedfishBmc implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCES = "/net/dcihandlers/sim/redfish/";

    /** Builds a simulated BMC. */
    public static final class Builder {
        private String capture = "dmtf-rackmount1";
        private String user = "root";
        private String password = "calvin";
        private boolean sessions = true;
        private boolean poweredOn = true;
        private long offDelayMs;
        private long onDelayMs;
        private long busyAfterResetMs;
        private int extraWithPower;
        private int extraWithoutPower;
        private Certificates certificates;

        /** Which capture to serve: a folder of the resources (dmtf-rackmount1, dell-r630). */
        public Builder capture(String name) {
            capture = name;
            return this;
        }

        public Builder login(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /** Whether the service offers SessionService (real BMCs do; some old ones do not). */
        public Builder sessions(boolean offered) {
            sessions = offered;
            return this;
        }

        public Builder poweredOn(boolean on) {
            poweredOn = on;
            return this;
        }

        /** How long after the POST the power goes off (about 6 s have been measured on real servers). */
        public Builder offDelayMs(long ms) {
            offDelayMs = ms;
            return this;
        }

        /** How long after the POST the power is on (46 s have been measured). */
        public Builder onDelayMs(long ms) {
            onDelayMs = ms;
            return this;
        }

        /** How long after a reset (or after the power settled) further resets are answered 409. */
        public Builder busyAfterResetMs(long ms) {
            busyAfterResetMs = ms;
            return this;
        }

        /** More systems beside the capture's, as a blade enclosure's manager lists: with or without a PowerState. */
        public Builder moreSystems(int withPowerState, int withoutPowerState) {
            extraWithPower = withPowerState;
            extraWithoutPower = withoutPowerState;
            return this;
        }

        public Builder certificates(Certificates c) {
            certificates = c;
            return this;
        }

        public RedfishBmc start() throws IOException {
            if (certificates == null) {
                throw new IllegalStateException("certificates are required (Certificates.selfSigned)");
            }
            return new RedfishBmc(this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private final Builder b;
    private final HttpsServer server;
    private final ExecutorService pool;
    private final ObjectNode root;
    private final ObjectNode sessionService;
    /** The systems served, by path; the capture's own first. */
    private final Map<String, ObjectNode> systems = new LinkedHashMap<>();
    private final String powered;
    private final String sessionsPath;
    private final Map<String, String> sessionsByToken = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger sessionsCreated = new AtomicInteger();
    private final AtomicInteger sessionsDeleted = new AtomicInteger();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> resetTypes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 503;

    // power: the state settled, and a change under way (target and when it is reached)
    private boolean on;
    private String target;
    private long settlesAtNanos;
    private long busyUntilNanos;
    private int resets;

    private RedfishBmc(Builder b) throws IOException {
        this.b = b;
        this.on = b.poweredOn;
        root = (ObjectNode) load("ServiceRoot.json");
        // where the capture's service keeps its sessions (iDRAC: /redfish/v1/Sessions)
        String linked = root.path("Links").path("Sessions").path("@odata.id").asText("");
        sessionsPath = trimmed(linked.isEmpty() ? "/redfish/v1/SessionService/Sessions" : linked);
        JsonNode service = loadIfThere("SessionService.json");
        if (service == null) {
            ObjectNode made = JSON.createObjectNode();
            made.put("@odata.id", "/redfish/v1/SessionService");
            made.put("@odata.type", "#SessionService.v1_0_2.SessionService");
            made.put("Id", "SessionService");
            made.put("Name", "Session Service");
            made.put("ServiceEnabled", true);
            made.putObject("Sessions").put("@odata.id", sessionsPath);
            service = made;
        }
        sessionService = (ObjectNode) service;
        if (!b.sessions) {
            root.remove("SessionService");
            if (root.path("Links").isObject()) {
                ((ObjectNode) root.path("Links")).remove("Sessions");
            }
        }
        ObjectNode system = (ObjectNode) load("System.json");
        String first = trimmed(system.path("@odata.id").asText());
        systems.put(first, system);
        powered = first;
        for (int i = 1; i <= b.extraWithPower + b.extraWithoutPower; i++) {
            ObjectNode copy = system.deepCopy();
            String id = "Blade" + (i + 1);
            String path = first.substring(0, first.lastIndexOf('/') + 1) + id;
            copy.put("Id", id);
            copy.put("@odata.id", path);
            if (i > b.extraWithPower) {
                copy.remove("PowerState");
                copy.remove("Actions");
            }
            systems.put(path, copy);
        }
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(b.certificates.context()));
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "redfish-bmc");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private JsonNode loadIfThere(String file) throws IOException {
        try (InputStream in = RedfishBmc.class.getResourceAsStream(RESOURCES + b.capture + "/" + file)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    private JsonNode load(String file) throws IOException {
        String res = RESOURCES + b.capture + "/" + file;
        try (InputStream in = RedfishBmc.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IOException("no capture resource " + res);
            }
            return JSON.readTree(in);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code 127.0.0.1:port}. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** The path of the system whose power is simulated. */
    public String systemPath() {
        return powered;
    }

    /** The server's power, once settled: what a change under way has not reached yet does not count. */
    public synchronized boolean poweredOn() {
        settle();
        return on;
    }

    /** Sets the power at once, with nothing under way. */
    public synchronized void power(boolean on) {
        this.on = on;
        target = null;
        busyUntilNanos = 0;
    }

    /** The PowerState the service shows now. */
    public synchronized String powerState() {
        settle();
        if (target != null) {
            return "On".equals(target) ? "PoweringOn" : "PoweringOff";
        }
        return on ? "On" : "Off";
    }

    public synchronized int resets() {
        return resets;
    }

    /** Every ResetType posted, accepted or not, in order. */
    public List<String> resetTypes() {
        synchronized (resetTypes) {
            return List.copyOf(resetTypes);
        }
    }

    /** Every request, as "METHOD path". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int sessionsCreated() {
        return sessionsCreated.get();
    }

    public int sessionsDeleted() {
        return sessionsDeleted.get();
    }

    public int sessionsOpen() {
        return sessionsByToken.size();
    }

    /** Answers the next {@code n} authenticated requests with {@code status} (503: a BMC restarting its web server). */
    public void failNext(int n, int status) {
        failStatus = status;
        failNext.set(n);
    }

    private void settle() {
        if (target != null && System.nanoTime() - settlesAtNanos >= 0) {
            on = "On".equals(target);
            target = null;
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getRawPath();
            if (path.length() > 1 && path.endsWith("/") && !path.equals("/redfish/v1/")) {
                path = path.substring(0, path.length() - 1);
            }
            requests.add(method + " " + path);
            byte[] body = x.getRequestBody().readNBytes(1 << 20);
            route(x, method, path, body);
        } catch (RuntimeException e) {
            send(x, 500, error("Base.1.8.InternalError", "simulator: " + e));
        }
    }

    private void route(HttpExchange x, String method, String path, byte[] body) throws IOException {
        if (path.equals("/redfish")) {
            ObjectNode v = JSON.createObjectNode();
            v.put("v1", "/redfish/v1/");
            send(x, 200, v);
            return;
        }
        if (path.equals("/redfish/v1") || path.equals("/redfish/v1/")) {
            send(x, 200, root);
            return;
        }
        if (b.sessions && path.equals(sessionsPath) && method.equals("POST")) {
            createSession(x, body);
            return;
        }
        if (!authenticated(x)) {
            x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Redfish\"");
            send(x, 401, error("Base.1.8.NoValidSession", "There is no valid session established with the implementation."));
            return;
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (failStatus == 503) {
                x.getResponseHeaders().add("Retry-After", "1");
            }
            send(x, failStatus, error("Base.1.8.ServiceTemporarilyUnavailable", "The service is temporarily unavailable."));
            return;
        }
        if (b.sessions && path.equals("/redfish/v1/SessionService") && method.equals("GET")) {
            send(x, 200, sessionService);
            return;
        }
        if (b.sessions && path.equals(sessionsPath) && method.equals("GET")) {
            ObjectNode c = JSON.createObjectNode();
            c.put("@odata.id", path);
            c.put("@odata.type", "#SessionCollection.SessionCollection");
            c.put("Name", "Session Collection");
            ArrayNode m = c.putArray("Members");
            synchronized (sessionsByToken) {
                sessionsByToken.values().forEach(s -> m.addObject().put("@odata.id", s));
            }
            c.put("Members@odata.count", m.size());
            send(x, 200, c);
            return;
        }
        if (b.sessions && path.startsWith(sessionsPath + "/") && method.equals("DELETE")) {
            String p = path;
            boolean removed;
            synchronized (sessionsByToken) {
                removed = sessionsByToken.values().removeIf(p::equals);
            }
            if (removed) {
                sessionsDeleted.incrementAndGet();
                send(x, 204, null);
            } else {
                send(x, 404, error("Base.1.8.ResourceMissingAtURI", "The resource at the URI " + path + " was not found."));
            }
            return;
        }
        if (path.equals("/redfish/v1/Systems") && method.equals("GET")) {
            ObjectNode c = JSON.createObjectNode();
            c.put("@odata.type", "#ComputerSystemCollection.ComputerSystemCollection");
            c.put("Name", "Computer System Collection");
            c.put("Members@odata.count", systems.size());
            ArrayNode m = c.putArray("Members");
            systems.keySet().forEach(s -> m.addObject().put("@odata.id", s));
            c.put("@odata.id", "/redfish/v1/Systems");
            send(x, 200, c);
            return;
        }
        ObjectNode system = systems.get(path);
        if (system != null && method.equals("GET")) {
            ObjectNode s = system.deepCopy();
            if (path.equals(powered)) {
                s.put("PowerState", powerState());
            }
            send(x, 200, s);
            return;
        }
        if (path.equals(powered + "/Actions/ComputerSystem.Reset") && method.equals("POST")) {
            reset(x, body);
            return;
        }
        send(x, 404, error("Base.1.8.ResourceMissingAtURI", "The resource at the URI " + path + " was not found."));
    }

    private boolean authenticated(HttpExchange x) {
        String token = x.getRequestHeaders().getFirst("X-Auth-Token");
        if (token != null) {
            return sessionsByToken.containsKey(token);
        }
        String auth = x.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
            return pair.equals(b.user + ":" + b.password);
        }
        return false;
    }

    private void createSession(HttpExchange x, byte[] body) throws IOException {
        JsonNode req;
        try {
            req = JSON.readTree(body);
        } catch (IOException e) {
            send(x, 400, error("Base.1.8.MalformedJSON", "The request body submitted was malformed JSON."));
            return;
        }
        if (!b.user.equals(req.path("UserName").asText(null)) || !b.password.equals(req.path("Password").asText(null))) {
            send(x, 401, error("Base.1.8.InsufficientPrivilege", "Invalid user name or password."));
            return;
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        String path = sessionsPath + "/" + sessionsCreated.incrementAndGet();
        sessionsByToken.put(token, path);
        ObjectNode s = JSON.createObjectNode();
        s.put("@odata.id", path);
        s.put("@odata.type", "#Session.v1_3_0.Session");
        s.put("Id", path.substring(path.lastIndexOf('/') + 1));
        s.put("Name", "User Session");
        s.put("UserName", b.user);
        x.getResponseHeaders().add("X-Auth-Token", token);
        x.getResponseHeaders().add("Location", path);
        send(x, 201, s);
    }

    private void reset(HttpExchange x, byte[] body) throws IOException {
        String type;
        try {
            type = JSON.readTree(body).path("ResetType").asText("");
        } catch (IOException e) {
            send(x, 400, error("Base.1.8.MalformedJSON", "The request body submitted was malformed JSON."));
            return;
        }
        resetTypes.add(type);
        List<String> allowed = new ArrayList<>();
        systems.get(powered).path("Actions").path("#ComputerSystem.Reset").path("ResetType@Redfish.AllowableValues")
                .forEach(v -> allowed.add(v.asText()));
        if (!allowed.contains(type)) {
            send(x, 400, error("Base.1.8.ActionParameterValueNotInList", "The value " + type
                    + " for the parameter ResetType is not in the list of acceptable values."));
            return;
        }
        int status;
        String why = null;
        synchronized (this) {
            settle();
            long now = System.nanoTime();
            if (target != null || now - busyUntilNanos < 0) {
                status = 409;
                why = "The system is busy changing its power state; try again later.";
            } else {
                switch (type) {
                    case "On", "ForceOn" -> {
                        if (on) {
                            status = 409;
                            why = "Server is already powered ON.";
                        } else {
                            change("On", b.onDelayMs);
                            status = 204;
                        }
                    }
                    case "ForceOff", "GracefulShutdown" -> {
                        if (!on) {
                            status = 409;
                            why = "Server is already powered OFF.";
                        } else {
                            change("Off", b.offDelayMs);
                            status = 204;
                        }
                    }
                    case "ForceRestart", "GracefulRestart", "PowerCycle" -> {
                        if (!on) {
                            status = 409;
                            why = "Server is powered OFF; a restart needs it on.";
                        } else {
                            resets++;
                            busyUntilNanos = now + b.busyAfterResetMs * 1_000_000L;
                            status = 204;
                        }
                    }
                    default -> status = 204;
                }
            }
        }
        if (status == 409) {
            send(x, 409, error("Base.1.8.GeneralError", why));
        } else {
            send(x, status, null);
        }
    }

    private void change(String to, long delayMs) {
        long now = System.nanoTime();
        if (delayMs <= 0) {
            on = "On".equals(to);
            busyUntilNanos = now + b.busyAfterResetMs * 1_000_000L;
            return;
        }
        target = to;
        settlesAtNanos = now + delayMs * 1_000_000L;
        busyUntilNanos = settlesAtNanos + b.busyAfterResetMs * 1_000_000L;
    }

    private static ObjectNode error(String id, String message) {
        ObjectNode e = JSON.createObjectNode();
        ObjectNode err = e.putObject("error");
        err.put("code", id);
        err.put("message", message);
        ObjectNode info = err.putArray("@Message.ExtendedInfo").addObject();
        info.put("MessageId", id);
        info.put("Message", message);
        return e;
    }

    private static void send(HttpExchange x, int status, JsonNode body) throws IOException {
        if (body == null) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.getResponseHeaders().set("OData-Version", "4.0");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
