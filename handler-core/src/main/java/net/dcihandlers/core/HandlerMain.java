package net.dcihandlers.core;

import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.ProtocolXml;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.RequestReader;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpCredentials;
import net.dcihandlers.core.snmp.SnmpDump;
import net.dcihandlers.core.tool.Children;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one entry point of every handler. {@code -info} prints the declaration; no arguments (or
 * only {@code -v}) reads one request from stdin; anything else is the manual mode for people.
 * Whatever happens, stdout receives exactly one well-formed document and the exit status is 0
 * whenever one was printed.
 */
public final class HandlerMain {
    /** Time kept back from deadline.ms for writing the answer after the device work stops. */
    static final long ANSWER_RESERVE_MS = 800;
    /**
     * How long before deadline.ms the watchdog gives up on the operation and answers itself. The
     * process ends up to 300 ms after its answer: HotSpot's exit waits that long for threads
     * blocked in native code (a read of a stdin that never closes, a socket's receive) before it
     * goes (VM_Exit::wait_for_threads_in_native_to_block), so the answer goes out that much
     * earlier and the process is gone before deadline.ms (measured: bench/deadline).
     */
    static final long WATCHDOG_MARGIN_MS = 450;
    /**
     * The least time reading the configuration gets, however late the JVM got going: on a host
     * starting fifty handlers at once a JVM can be ready only after the default deadline.ms, and
     * its configuration may allow the call more. A file that never finishes reading is still
     * answered within this much of the JVM being ready.
     */
    static final long CONFIGURATION_GRACE_MS = 5000;

    private final HandlerSpec spec;
    private final Map<String, String> env;
    private final String home;
    /** When the call started, as a {@link System#nanoTime()} reading: the launcher's start. */
    private final long startNanos;
    /** The ending of the call from stdin under way, for the shutdown hook; null before and in other modes. */
    private volatile CallEnd end;
    /** Set when main has its answer and exits; a shutdown without it is a signal. */
    private volatile boolean exiting;

    public HandlerMain(HandlerSpec spec, Map<String, String> env, String home) {
        this(spec, env, home, System.nanoTime());
    }

    HandlerMain(HandlerSpec spec, Map<String, String> env, String home, long startNanos) {
        this.spec = spec;
        this.env = env;
        this.home = home;
        this.startNanos = startNanos;
    }

    /**
     * The process entry: keeps stdout for the document alone, counts deadline.ms from the
     * launcher's start, kills every child on any way out, and exits with the status of {@link #run}.
     */
    public static void main(HandlerSpec spec, String[] args) {
        if (args.length == 1 && "-info".equals(args[0])) {
            // the panel's registration: the declaration and nothing else (no clock, no hook, no
            // environment), as cheaply as the JVM allows
            System.out.print(InfoDocument.render(spec));
            System.out.flush();
            System.exit(0);
        }
        long startNanos = System.nanoTime() - LaunchClock.millisSinceStart() * 1_000_000L;
        PrintStream documentStream = System.out;
        // whatever a library prints goes to stderr; stdout is for the one document
        System.setOut(System.err);
        HandlerMain main = new HandlerMain(spec, System.getenv(), System.getProperty(Config.HOME_PROPERTY), startNanos);
        Runtime.getRuntime().addShutdownHook(new Thread(main::shuttingDown, "shutdown"));
        int code;
        try {
            code = main.run(args, System.in, documentStream, System.err, true);
        } catch (Throwable t) {
            CallEnd e = main.end;
            DocumentOut out = e != null ? e.out() : new DocumentOut(documentStream);
            out.emit(DocumentOut.plainError(ErrorType.UNEXPECTED_DATA,
                    "internal error in " + spec.command() + " (" + t.getClass().getSimpleName() + ")"));
            code = 0;
        }
        documentStream.flush();
        main.exiting = true;
        System.exit(code);
    }

    /**
     * The shutdown hook: on every way out that runs hooks (the normal exit, SIGTERM, SIGINT,
     * SIGHUP) no child may outlive the handler. When a signal stops a call from the panel, the
     * panel gets an error document, and the exit status is 0 as for any call that printed one.
     */
    private void shuttingDown() {
        CallEnd e = end;
        boolean printed = !exiting && e != null && e.stopped();
        Children.endAll();
        if (printed) {
            System.err.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    /**
     * Runs one invocation. {@code withWatchdog} is false in tests that run handlers in-process,
     * where halting the JVM is not an option.
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean withWatchdog) {
        if (args.length == 1 && "-info".equals(args[0])) {
            out.print(InfoDocument.render(spec));
            out.flush();
            return 0;
        }
        if (args.length == 1 && "--cds-training".equals(args[0])) {
            Training.run(spec);
            return 0;
        }
        boolean verbose = args.length > 0;
        for (String a : args) {
            verbose &= "-v".equals(a) || "--verbose".equals(a);
        }
        if (args.length == 0 || verbose) {
            return fromStdin(in, out, err, Trace.to(verbose ? err : null), withWatchdog);
        }
        return new ManualMode(spec, this).run(args, in, out, err);
    }

    /**
     * A call from the panel. The watchdog runs from the start: configuration and request are read
     * under it like the operation, first against the default deadline.ms (the configuration that
     * may set another is not read yet), then against the configured one, all counted from the
     * launcher's start.
     */
    private int fromStdin(InputStream in, PrintStream rawOut, PrintStream err, Trace trace, boolean withWatchdog) {
        long defaultDeadline = Long.parseLong(CoreSettings.DEADLINE_MS.defaultValue());
        CallEnd callEnd = new CallEnd(new DocumentOut(rawOut), spec.command(), trace, defaultDeadline);
        DocumentOut out = callEnd.out();
        end = callEnd;
        callEnd.readingConfiguration(Config.describe(env, home));
        Watchdog watchdog = null;
        if (withWatchdog) {
            watchdog = Watchdog.start(callEnd::atDeadline);
            // a JVM that started late (a host starting fifty at once) still gets a moment to read
            // the configuration, which may allow the call more than the default
            watchdog.arm(Math.max(at(defaultDeadline - WATCHDOG_MARGIN_MS),
                    System.nanoTime() + CONFIGURATION_GRACE_MS * 1_000_000L));
        }
        CallLog log = null;
        try {
            Config config;
            long deadlineMs;
            try {
                config = loadConfig(trace);
                deadlineMs = deadlineMillis(config);
            } catch (HandlerException e) {
                emit(out, Response.error(e.type(), e.getMessage()), false);
                return 0;
            }
            log = CallLog.open(config, spec.command(), trace, err);
            callEnd.readingRequest(deadlineMs, log);
            if (watchdog != null) {
                watchdog.arm(at(deadlineMs - WATCHDOG_MARGIN_MS));
            }
            Response response;
            try {
                Request request = RequestReader.read(in);
                if (log != null) {
                    log.request(request);
                }
                callEnd.operating(request);
                response = new Dispatcher(spec).handle(request, config, trace,
                        Deadline.from(startNanos, deadlineMs - ANSWER_RESERVE_MS), callEnd.state());
            } catch (HandlerException e) {
                trace.line("refused: " + e.getMessage());
                response = Response.error(e.type(), e.getMessage());
            }
            emit(out, response, false);
            if (log != null) {
                log.finish(response);
            }
        } catch (Throwable t) {
            if (trace.on()) {
                java.io.StringWriter w = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(w));
                trace.line("internal error: " + w);
            }
            if (log != null) {
                log.finish("internal error " + t.getClass().getSimpleName());
            }
            out.emit(DocumentOut.plainError(ErrorType.UNEXPECTED_DATA,
                    "internal error in " + spec.command() + " (" + t.getClass().getSimpleName() + ")"));
        }
        return 0;
    }

    /** The {@link System#nanoTime()} reading {@code millis} after the call's start. */
    private long at(long millis) {
        return startNanos + millis * 1_000_000L;
    }

    Config loadConfig(Trace trace) throws HandlerException {
        Config config = Config.load(env, home);
        trace.line("configuration: " + config.source());
        java.util.List<Setting> known = new java.util.ArrayList<>(CoreSettings.ALL);
        known.addAll(spec.settings());
        for (String k : config.unknownKeys(known)) {
            trace.line("configuration key '" + k + "' is not used by " + spec.command() + " (a typo?)");
        }
        // every value this handler reads, checked now: a handler without SNMP leaves snmp.* alone
        if (!spec.speaksSnmp()) {
            known.removeAll(CoreSettings.SNMP);
        }
        config.check(known);
        return config;
    }

    static long deadlineMillis(Config config) throws HandlerException {
        return config.integer(CoreSettings.DEADLINE_MS);
    }

    /**
     * Runs a request built by hand (the manual mode): its deadline counts from now, since a person
     * may have spent any time at a password prompt before.
     */
    Response execute(Request request, Config config, Trace trace, long deadlineMs) {
        return new Dispatcher(spec).handle(request, config, trace, Deadline.in(deadlineMs - ANSWER_RESERVE_MS));
    }

    /**
     * Records what the device of a request serves under the handler's subtrees ({@code --dump}),
     * within a deadline counted from now as {@link #execute} counts it; returns how many values the
     * file holds. The file is left untouched unless the walk was whole.
     */
    int dump(Request request, Config config, Trace trace, long deadlineMs, SnmpDump dump) throws HandlerException {
        DeviceParams d = request.deviceParams();
        if (d == null) {
            throw HandlerException.badData("the request has no device_params");
        }
        List<String> secrets = d.secrets();
        trace.hide(secrets);
        // the user name stays in the trace and the errors, as in every call, but not in a file
        // that is sent away
        List<String> credentials = new ArrayList<>(secrets);
        if (d.snmpUser() != null) {
            credentials.add(d.snmpUser());
        }
        trace.line("dump " + d + " to " + dump.file());
        try (SnmpClient snmp = SnmpClient.open(DeviceAddress.parse(d.ip(), SnmpClient.DEFAULT_PORT),
                SnmpCredentials.from(d, config), config, trace, Deadline.in(deadlineMs - ANSWER_RESERVE_MS))) {
            return dump.write(snmp, spec.snmpSubtrees().of(config, trace), credentials, trace);
        } catch (IOException e) {
            throw HandlerException.badData("could not write the dump to " + dump.file() + ": " + e.getMessage());
        } catch (HandlerException e) {
            throw new HandlerException(e.type(), Dispatcher.scrub(e.getMessage(), secrets), e);
        }
    }

    /** Writes the response; if that fails, writes a plain error document instead. */
    static void emit(DocumentOut out, Response response, boolean pretty) {
        byte[] doc;
        try {
            doc = ProtocolXml.write(response, pretty);
        } catch (Exception | LinkageError e) {
            doc = DocumentOut.plainError(ErrorType.UNEXPECTED_DATA,
                    "could not write the answer document (" + e.getClass().getSimpleName() + ")");
        }
        out.emit(doc);
    }

    Map<String, String> env() {
        return env;
    }

    static String version() {
        String v = HandlerMain.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
