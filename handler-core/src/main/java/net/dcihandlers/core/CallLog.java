package net.dcihandlers.core;

import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.Response;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The log file of calls made by DCImanager ({@code log.file}): each call appends its trace, every
 * line prefixed with the time, handler, process and function so that calls running at once can be
 * told apart, and one result line. A call's lines are appended in one write at its end, so they
 * stay together. A log that cannot be written never fails the call.
 */
final class CallLog {
    private final String file;
    private final String command;
    private final Trace trace;
    private final PrintStream err;
    private final String started = Instant.now().toString();
    private volatile String func = "-";
    private volatile String address = "-";
    private boolean finished;

    private CallLog(String file, String command, Trace trace, PrintStream err) {
        this.file = file;
        this.command = command;
        this.trace = trace;
        this.err = err;
    }

    /** The log of this call, or null when the configuration names no log file. */
    static CallLog open(Config config, String command, Trace trace, PrintStream err) {
        String file = config.string(CoreSettings.LOG_FILE);
        if (file.isEmpty()) {
            return null;
        }
        trace.keep();
        return new CallLog(file, command, trace, err);
    }

    void request(Request r) {
        if (r.func() != null) {
            func = r.func().trim().replaceAll("[^A-Za-z0-9_]", "?");
        }
        if (r.deviceParams() != null && r.deviceParams().ip() != null) {
            address = r.deviceParams().ip().trim().replaceAll("[^A-Za-z0-9_.:\\[\\]%@-]", "?");
        }
    }

    void finish(Response response) {
        finish(response.isError()
                ? "error " + response.error().type() + ": " + response.error().text()
                : "ok, " + response.ports().size() + " ports, " + response.params().size() + " parameters");
    }

    synchronized void finish(String outcome) {
        if (finished) {
            return;
        }
        finished = true;
        String prefix = started + " " + command + "[" + ProcessHandle.current().pid() + "] " + func + " " + address + " | ";
        StringBuilder b = new StringBuilder();
        List<String> lines = trace.kept();
        for (String l : lines) {
            b.append(prefix).append(l.replace('\n', ' ')).append('\n');
        }
        b.append(prefix).append("result: ").append(trace.scrub(outcome).replace('\n', ' '))
                .append(" (").append(trace.elapsedMillis()).append(" ms)\n");
        try (FileOutputStream out = new FileOutputStream(file, true)) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            err.println(command + ": cannot append to log.file " + file + ": " + e.getMessage());
        }
    }
}
