package net.dcihandlers.core;

import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.ProtocolXml;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.RequestReader;
import net.dcihandlers.core.protocol.Response;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one entry point of every handler. {@code -info} prints the declaration; no arguments (or
 * only {@code -v}) reads one request from stdin; anything else is the manual mode for people.
 * Whatever happens, stdout receives exactly one well-formed document and the exit status is 0
 * whenever one was printed.
 */
public final class HandlerMain {
    /** Time kept back from deadline.ms for writing the answer after the device work stops. */
    static final long ANSWER_RESERVE_MS = 600;
    /** How long before deadline.ms the watchdog gives up on the operation and answers itself. */
    static final long WATCHDOG_MARGIN_MS = 150;

    private final HandlerSpec spec;
    private final Map<String, String> env;
    private final String home;

    public HandlerMain(HandlerSpec spec, Map<String, String> env, String home) {
        this.spec = spec;
        this.env = env;
        this.home = home;
    }

    /** The process entry: keeps stdout for the document alone and exits with the status of {@link #run}. */
    public static void main(HandlerSpec spec, String[] args) {
        PrintStream documentStream = System.out;
        // whatever a library prints goes to stderr; stdout is for the one document
        System.setOut(System.err);
        int code;
        try {
            code = new HandlerMain(spec, System.getenv(), System.getProperty(Config.HOME_PROPERTY))
                    .run(args, System.in, documentStream, System.err, true);
        } catch (Throwable t) {
            new DocumentOut(documentStream).emit(DocumentOut.plainError(ErrorType.UNEXPECTED_DATA,
                    "internal error in " + spec.command() + " (" + t.getClass().getSimpleName() + ")"));
            code = 0;
        }
        documentStream.flush();
        System.exit(code);
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

    private int fromStdin(InputStream in, PrintStream rawOut, PrintStream err, Trace trace, boolean withWatchdog) {
        DocumentOut out = new DocumentOut(rawOut);
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
            if (withWatchdog) {
                CallLog timedOut = log;
                Watchdog.start(out, deadlineMs - WATCHDOG_MARGIN_MS, spec.command(),
                        timedOut == null ? () -> { } : () -> timedOut.finish("error connection: deadline.ms reached"));
            }
            Response response;
            try {
                Request request = RequestReader.read(in);
                if (log != null) {
                    log.request(request);
                }
                response = execute(request, config, trace, deadlineMs);
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

    Config loadConfig(Trace trace) throws HandlerException {
        Config config = Config.load(env, home);
        trace.line("configuration: " + config.source());
        java.util.List<Setting> known = new java.util.ArrayList<>(CoreSettings.ALL);
        known.addAll(spec.settings());
        for (String k : config.unknownKeys(known)) {
            trace.line("configuration key '" + k + "' is not used by " + spec.command() + " (a typo?)");
        }
        return config;
    }

    static long deadlineMillis(Config config) throws HandlerException {
        return config.integer(CoreSettings.DEADLINE_MS, 1000, 600_000);
    }

    Response execute(Request request, Config config, Trace trace, long deadlineMs) {
        return new Dispatcher(spec).handle(request, config, trace, Deadline.in(deadlineMs - ANSWER_RESERVE_MS));
    }

    /** Writes the response; if JAXB fails to, writes a plain error document instead. */
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
