package net.dcihandlers.core;

import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.XmlText;

import java.util.List;
import java.util.stream.Collectors;

/** Finds the declared operation for a request's {@code func} and runs it; never throws. */
public final class Dispatcher {
    private final HandlerSpec spec;

    public Dispatcher(HandlerSpec spec) {
        this.spec = spec;
    }

    public Response handle(Request request, Config config, Trace trace, Deadline deadline) {
        return handle(request, config, trace, deadline, new CallState());
    }

    /** Runs the request; {@code state} is shared with whoever answers if the call is cut short. */
    public Response handle(Request request, Config config, Trace trace, Deadline deadline, CallState state) {
        List<String> secrets = new java.util.ArrayList<>(
                request.deviceParams() == null ? List.of() : request.deviceParams().secrets());
        java.util.List<Setting> settings = new java.util.ArrayList<>(CoreSettings.ALL);
        settings.addAll(spec.settings());
        secrets.addAll(config.secretValues(settings));
        trace.hide(secrets);
        try {
            Function f = function(request.func());
            trace.line("call " + f.wire() + " " + request.deviceParams());
            Response r = spec.functions().get(f).run(new Call(f, request, config, trace, deadline, state));
            if (r == null) {
                throw new IllegalStateException(f.wire() + " produced no answer");
            }
            return r;
        } catch (HandlerException e) {
            trace.line("error " + e.type().wire() + ": " + e.getMessage());
            return Response.error(e.type(), scrub(e.getMessage(), secrets));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            trace.line("internal error: " + e);
            if (trace.on()) {
                java.io.StringWriter w = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(w));
                trace.line(w.toString());
            }
            return Response.error(ErrorType.UNEXPECTED_DATA, scrub("internal error in " + spec.command()
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); run it by hand with -v for a trace", secrets));
        }
    }

    private Function function(String func) throws HandlerException {
        String implemented = spec.functions().keySet().stream().map(Function::wire)
                .collect(Collectors.joining(", "));
        if (func == null || func.isBlank()) {
            throw HandlerException.badData("the request has no <func>; " + spec.command() + " implements: "
                    + implemented);
        }
        String f = func.trim();
        return Function.fromWire(f).filter(spec.functions()::containsKey)
                .orElseThrow(() -> HandlerException.badData("unknown function '" + XmlText.excerpt(f, 40) + "'; "
                        + spec.command() + " implements: " + implemented));
    }

    /** Removes secrets from a text: a last line of defence behind texts written never to hold one. */
    static String scrub(String text, List<String> secrets) {
        String t = text == null ? "" : text;
        for (String s : secrets) {
            if (s.length() >= 3) {
                t = t.replace(s, "***");
            }
        }
        return t;
    }
}
