package net.dcihandlers.core;

import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.XmlText;
import net.dcihandlers.core.tool.Children;

/**
 * How a call from the panel ends when its operation cannot end it: at the deadline (the watchdog)
 * or when the process is told to stop (SIGTERM, SIGINT, SIGHUP). Either way the panel gets one
 * error document saying how far the call had got (reading the configuration, the request, or
 * talking to which device, and whether a change was sent without being confirmed), the log gets
 * its result line, and every process the handler started is killed before the process ends.
 */
final class CallEnd {
    /** What the call is doing, for the text of an error that cuts it short. */
    enum Phase { CONFIGURATION, REQUEST, OPERATION }

    private final DocumentOut out;
    private final String command;
    private final Trace trace;
    private final CallState state = new CallState();
    private volatile Phase phase = Phase.CONFIGURATION;
    private volatile long deadlineMs;
    private volatile String configuration = "";
    private volatile CallLog log;
    private volatile String func;
    private volatile String ip;

    CallEnd(DocumentOut out, String command, Trace trace, long deadlineMs) {
        this.out = out;
        this.command = command;
        this.trace = trace;
        this.deadlineMs = deadlineMs;
    }

    CallState state() {
        return state;
    }

    DocumentOut out() {
        return out;
    }

    /** Reading the configuration, which {@code source} names, under the default deadline. */
    void readingConfiguration(String source) {
        configuration = source;
        phase = Phase.CONFIGURATION;
    }

    /** The configuration is read: this is the call's deadline.ms; the request is read next. */
    void readingRequest(long deadlineMillis, CallLog callLog) {
        deadlineMs = deadlineMillis;
        log = callLog;
        phase = Phase.REQUEST;
    }

    /** The request is read: the operation runs. */
    void operating(Request request) {
        func = request.func() == null ? null : XmlText.excerpt(request.func().trim(), 40);
        ip = request.deviceParams() == null || request.deviceParams().ip() == null ? null
                : XmlText.excerpt(request.deviceParams().ip().trim(), 80);
        phase = Phase.OPERATION;
    }

    /** How long the document and the log line may take before the process ends regardless. */
    static final long FINISH_WAIT_MS = 300;

    /** The watchdog's end: the error document (unless the answer got out first), the children killed, the process halted. */
    void atDeadline() {
        finishWithin(deadlineText());
        Children.endAll();
        Runtime.getRuntime().halt(0);
    }

    /**
     * The end when the process was told to stop: the error document unless one was printed
     * already. The caller kills the children. Returns whether a document has been printed.
     */
    boolean stopped() {
        finishWithin(command + " was stopped by a signal (SIGTERM, SIGINT or SIGHUP) before it finished; " + whereItWas());
        return out.written();
    }

    /**
     * Writes the error document and the log line on a thread of their own, waiting for them a
     * bounded time: stdout may be blocked (a reader that does not read while the operation is
     * writing its answer) or the log on a hung disk, and the process must end all the same.
     */
    private void finishWithin(String text) {
        Thread t = new Thread(() -> finish(text), "call-end");
        t.setDaemon(true);
        t.start();
        try {
            t.join(FINISH_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finish(String text) {
        String t = trace.scrub(text);
        trace.line(t);
        if (out.emit(DocumentOut.plainError(ErrorType.CONNECTION, t))) {
            CallLog l = log;
            if (l != null) {
                l.finish("error connection: " + t);
            }
        }
    }

    String deadlineText() {
        return switch (phase) {
            case CONFIGURATION -> command + " could not read its configuration (" + configuration + ") within "
                    + deadlineMs + " ms, the default " + CoreSettings.DEADLINE_MS.key()
                    + ": check that the file is a readable file on a local disk";
            case REQUEST -> command + " did not receive a whole request on stdin within "
                    + CoreSettings.DEADLINE_MS.key() + " (" + deadlineMs + " ms): the caller did not finish writing"
                    + " it, or did not close stdin";
            case OPERATION -> command + (func == null ? "" : " " + func) + " did not finish within "
                    + CoreSettings.DEADLINE_MS.key() + " (" + deadlineMs + " ms): " + (state.unconfirmed() != null
                    ? state.unconfirmed() + ", so the change may still happen: ask for the status before trying"
                    + " again, or raise " + CoreSettings.DEADLINE_MS.key()
                    : device() + " is slow or unreachable; check it, or raise " + CoreSettings.DEADLINE_MS.key());
        };
    }

    private String whereItWas() {
        if (phase != Phase.OPERATION) {
            return "nothing was sent to any device";
        }
        String unconfirmed = state.unconfirmed();
        return unconfirmed != null ? unconfirmed + ", so the change may still happen: ask for the status"
                : "it was talking to " + device();
    }

    /** The device as other errors name it: its parsed address, else the request's ip. */
    private String device() {
        DeviceAddress a = state.device();
        if (a != null) {
            return "the device at " + a;
        }
        return ip == null || ip.isEmpty() ? "the device" : "the device at " + ip;
    }
}
