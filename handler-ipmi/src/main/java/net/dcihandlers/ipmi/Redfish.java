package net.dcihandlers.ipmi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.power.PowerSwitch;
import net.dcihandlers.core.protocol.ErrorType;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A conversation with one BMC's Redfish service for the length of one call: the JDK's HTTP client
 * over TLS as {@link BmcTrust} allows, JSON read and written by Jackson. A session is opened
 * where the service offers one (and deleted again by {@link #close}), Basic authentication is
 * used otherwise. A 409 (busy) or 503 (unavailable) is asked again after a growing pause, while
 * the deadline allows. Neither the password nor the session token ever reaches a trace or a
 * message.
 */
final class Redfish implements AutoCloseable {
    static final String ROOT = "/redfish/v1/";
    /** The most of a body that is read; a service root or a system is a few KiB. */
    static final int MAX_BODY = 4 << 20;
    /** The first pause after a 409 or 503; each next one doubles, up to {@link #MAX_PAUSE_MS}. */
    static final long FIRST_PAUSE_MS = 500;
    static final long MAX_PAUSE_MS = 4000;
    /** Time a DELETE of the session may take at the end of the call, at most. */
    static final long LOGOUT_MS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service is not there at all (nothing listening, not HTTPS, not Redfish): with ipmi.protocol=auto, IPMI is used. */
    static final class NotServed extends HandlerException {
        NotServed(String message) {
            super(ErrorType.CONNECTION, message);
        }
    }

    /** A Redfish answer: status, JSON body (MissingNode when none), and the headers needed. */
    record Answer(int status, JsonNode body, Optional<String> location, Optional<String> token,
                  Optional<Long> retryAfterMillis) {
    }

    private final BmcLogin login;
    private final DeviceAddress https;
    private final BmcTrust trust;
    private final Deadline deadline;
    private final Trace trace;
    private final HttpClient client;
    private String authorization;
    private String sessionUri;

    Redfish(BmcLogin login, DeviceAddress https, BmcTrust trust, Deadline deadline, Trace trace) throws HandlerException {
        this.login = login;
        this.https = https;
        this.trust = trust;
        this.deadline = deadline;
        this.trace = trace;
        SSLParameters params = new SSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(trust.context())
                .sslParameters(params)
                .connectTimeout(Duration.ofMillis(Math.max(1, deadline.remainingMillis())))
                .build();
    }

    /** {@code https://host:port}, as messages name the service. */
    String base() {
        String host = https.host().contains(":") ? "[" + https.host() + "]" : https.host();
        return "https://" + host + ":" + https.port();
    }

    DeviceAddress address() {
        return https;
    }

    /**
     * Reads the service root without logging in (Redfish serves it to anyone), within
     * {@code budgetMillis}: the probe of ipmi.protocol=auto. Throws {@link NotServed} when no
     * Redfish service answers there.
     */
    JsonNode root(long budgetMillis) throws HandlerException {
        Answer a;
        try {
            a = exchange("GET", ROOT, null, Math.min(budgetMillis, deadline.remainingMillis()), false);
        } catch (NotServed e) {
            throw e;
        } catch (HandlerException e) {
            if (trust.refusal() != null) {
                throw e;
            }
            throw new NotServed(e.getMessage());
        }
        if (a.status() != 200 || !a.body().isObject() || !a.body().has("Systems")) {
            throw new NotServed(base() + ROOT + " answered HTTP " + a.status() + " without a Redfish service root");
        }
        return a.body();
    }

    /**
     * Logs in: a session where the root names a session collection, else Basic authentication for
     * every request.
     */
    void logIn(JsonNode root) throws HandlerException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login.user() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
        String sessions = text(root.path("Links").path("Sessions").path("@odata.id"));
        if (sessions.isEmpty() && root.has("SessionService")) {
            sessions = "/redfish/v1/SessionService/Sessions";
        }
        if (sessions.isEmpty()) {
            trace.line("Redfish: no SessionService; Basic authentication");
            authorization = basic;
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("UserName", login.user());
        body.put("Password", login.password());
        Answer a = call("POST", sessions, body);
        if (a.status() == 404 || a.status() == 405 || a.status() == 501) {
            trace.line("Redfish: sessions not available (HTTP " + a.status() + "); Basic authentication");
            authorization = basic;
            return;
        }
        if (a.status() == 401 || a.status() == 403) {
            throw refusedLogin(a);
        }
        if (a.status() / 100 != 2 || a.token().isEmpty()) {
            throw HandlerException.badData("the Redfish service at " + base() + " did not open a session (HTTP "
                    + a.status() + (a.token().isEmpty() ? ", no X-Auth-Token" : "") + "): " + said(a));
        }
        authorization = null;
        token = a.token().get();
        trace.hide(java.util.List.of(token));
        sessionUri = a.location().map(this::pathOf)
                .orElse(text(a.body().path("@odata.id")));
        trace.line("Redfish: session opened as " + login.userLabel() + (sessionUri.isEmpty() ? "" : " (" + sessionUri + ")"));
    }

    private String token;

    /** A request with the call's login; 409 and 503 are asked again while the deadline allows. */
    Answer call(String method, String path, JsonNode body) throws HandlerException {
        long pause = FIRST_PAUSE_MS;
        while (true) {
            Answer a = exchange(method, path, body, deadline.remainingMillis(), true);
            if (a.status() == 401 && !path.endsWith("/Sessions")) {
                throw refusedLogin(a);
            }
            if (a.status() != 409 && a.status() != 503) {
                return a;
            }
            long wait = retryAfter(a).orElse(pause);
            if (deadline.remainingMillis() < wait + PowerSwitch.MIN_READ_MS) {
                return a;
            }
            trace.line("Redfish: " + method + " " + path + ": HTTP " + a.status() + " (" + (a.status() == 409 ? "busy"
                    : "unavailable") + "); asking again in " + wait + " ms");
            sleep(wait);
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }

    /** A GET that must succeed with a JSON object. */
    JsonNode get(String path) throws HandlerException {
        Answer a = call("GET", path, null);
        if (a.status() != 200 || !a.body().isObject()) {
            throw HandlerException.badData("GET " + path + " on the Redfish service at " + base() + " answered HTTP "
                    + a.status() + ": " + said(a));
        }
        return a.body();
    }

    /** A Retry-After in seconds, as a 503 may carry it; at most {@link #MAX_PAUSE_MS}. */
    private static Optional<Long> retryAfter(Answer a) {
        return a.retryAfterMillis().map(ms -> Math.min(MAX_PAUSE_MS, Math.max(FIRST_PAUSE_MS, ms)));
    }

    private Answer exchange(String method, String path, JsonNode body, long timeoutMillis, boolean authenticated)
            throws HandlerException {
        deadline.check("talking to the Redfish service at " + base());
        URI uri = URI.create(base() + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(Math.max(1, timeoutMillis)))
                .header("Accept", "application/json")
                .header("OData-Version", "4.0");
        if (authenticated) {
            if (token != null) {
                b.header("X-Auth-Token", token);
            } else if (authorization != null) {
                b.header("Authorization", authorization);
            }
        }
        if (body != null) {
            try {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } catch (JacksonException e) {
                throw HandlerException.badData("cannot write the request: " + e.getOriginalMessage());
            }
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new NotServed("no connection to " + base() + " within " + timeoutMillis + " ms");
        } catch (HttpTimeoutException e) {
            trace.line("Redfish: " + method + " " + path + ": no answer within " + timeoutMillis + " ms");
            throw new PowerSwitch.Unfinished("the Redfish service at " + base() + " did not answer " + method + " "
                    + path + " within " + timeoutMillis + " ms", e);
        } catch (ConnectException e) {
            throw new NotServed("nothing accepts connections at " + base() + " (" + describe(e) + ")");
        } catch (SSLException e) {
            if (trust.refusal() != null) {
                throw HandlerException.connection("refused the Redfish service at " + base() + ": " + trust.refusal());
            }
            throw new NotServed("no TLS session with " + base() + " (" + describe(e) + ")");
        } catch (IOException e) {
            if (trust.refusal() != null) {
                throw HandlerException.connection("refused the Redfish service at " + base() + ": " + trust.refusal());
            }
            if (body != null || !"GET".equals(method)) {
                // the request may have gone out whole: its outcome is not known
                throw new PowerSwitch.Unfinished("the Redfish service at " + base() + " closed the connection during "
                        + method + " " + path + " (" + describe(e) + ")", e);
            }
            throw new NotServed("the Redfish service at " + base() + " failed " + method + " " + path + " ("
                    + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HandlerException.connection("interrupted while talking to " + base());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000L;
        byte[] raw = r.body() == null ? new byte[0] : r.body();
        trace.line("Redfish: " + method + " " + path + " -> HTTP " + r.statusCode() + " (" + raw.length + " bytes, "
                + ms + " ms)");
        if (raw.length > MAX_BODY) {
            throw HandlerException.badData(method + " " + path + " on " + base() + " answered more than " + MAX_BODY + " bytes");
        }
        JsonNode json = MissingNode.getInstance();
        if (raw.length > 0) {
            try {
                json = JSON.readTree(raw);
            } catch (IOException e) {
                if (r.statusCode() / 100 == 2) {
                    throw HandlerException.badData(method + " " + path + " on " + base() + " answered HTTP "
                            + r.statusCode() + " with a body that is not JSON");
                }
            }
        }
        return new Answer(r.statusCode(), json == null ? MissingNode.getInstance() : json,
                r.headers().firstValue("Location"), r.headers().firstValue("X-Auth-Token"),
                r.headers().firstValue("Retry-After").filter(v -> v.strip().matches("[0-9]{1,4}"))
                        .map(v -> Long.parseLong(v.strip()) * 1000));
    }

    private HandlerException refusedLogin(Answer a) {
        return HandlerException.connection("the Redfish service at " + base() + " refused the login of "
                + login.userLabel() + " (HTTP " + a.status() + "): check the user name and password, and that the"
                + " account may use Redfish (" + said(a) + ")");
    }

    /** What the service said in its error body, without the password. */
    String said(Answer a) {
        JsonNode e = a.body().path("error");
        String s = text(e.path("@Message.ExtendedInfo").path(0).path("Message"));
        if (s.isEmpty()) {
            s = text(e.path("message"));
        }
        if (s.isEmpty()) {
            s = a.body().isMissingNode() ? "no body" : "no error message";
        }
        s = s.replaceAll("\\p{Cntrl}", " ");
        if (!login.password().isEmpty()) {
            s = s.replace(login.password(), "***");
        }
        return s.length() > ToolSaid.MAX_CHARS ? s.substring(0, ToolSaid.MAX_CHARS) + "..." : s;
    }

    /** The path of a URI or path the service gave (a Location may be absolute). */
    String pathOf(String uriOrPath) {
        try {
            URI u = URI.create(uriOrPath.strip());
            String p = u.getRawPath();
            return p == null || p.isEmpty() ? "" : p + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : "";
    }

    private static String describe(Throwable e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String m = e.getMessage();
        if ((m == null || m.isBlank()) && e.getCause() != null) {
            m = e.getCause().getMessage();
        }
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private void sleep(long ms) throws HandlerException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HandlerException.connection("interrupted while waiting for " + base());
        }
    }

    /** Deletes the session, if one was opened; a BMC keeps only a few, and an abandoned one holds a slot for minutes. */
    @Override
    public void close() {
        if (token == null || sessionUri == null || sessionUri.isEmpty()) {
            return;
        }
        long budget = Math.min(LOGOUT_MS, deadline.remainingMillis());
        if (budget <= 0) {
            trace.line("Redfish: no time left to delete the session " + sessionUri);
            return;
        }
        try {
            Answer a = exchange("DELETE", sessionUri, null, budget, true);
            if (a.status() / 100 != 2) {
                trace.line("Redfish: deleting the session answered HTTP " + a.status());
            }
        } catch (HandlerException e) {
            trace.line("Redfish: the session could not be deleted: " + e.getMessage());
        } finally {
            token = null;
        }
    }
}
