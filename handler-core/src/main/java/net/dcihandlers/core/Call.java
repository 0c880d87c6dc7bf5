package net.dcihandlers.core;

import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.PortParams;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.XmlText;

/** One function call: the request and what the handler needs to serve it. */
public final class Call {
    private final Function function;
    private final Request request;
    private final Config config;
    private final Trace trace;
    private final Deadline deadline;
    private final CallState state;

    public Call(Function function, Request request, Config config, Trace trace, Deadline deadline) {
        this(function, request, config, trace, deadline, new CallState());
    }

    public Call(Function function, Request request, Config config, Trace trace, Deadline deadline, CallState state) {
        this.function = function;
        this.request = request;
        this.config = config;
        this.trace = trace;
        this.deadline = deadline;
        this.state = state;
    }

    public Function function() { return function; }
    public Request request() { return request; }
    public Config config() { return config; }
    public Trace trace() { return trace; }
    public Deadline deadline() { return deadline; }
    /** Where the call has got to, for the errors written when it is cut short. */
    public CallState state() { return state; }

    /** {@code device_params}; an error when the request has none. */
    public DeviceParams device() throws HandlerException {
        DeviceParams d = request.deviceParams();
        if (d == null) {
            throw HandlerException.badData("the request has no device_params");
        }
        return d;
    }

    /** {@code port}, possibly empty but never null. */
    public PortParams portParams() {
        PortParams p = request.port();
        return p == null ? new PortParams() : p;
    }

    /** {@code port/identity}, trimmed; an error when it is missing or empty. */
    public String portIdentity() throws HandlerException {
        String id = portParams().identity();
        if (id == null || id.isBlank()) {
            throw HandlerException.badData(function.wire() + " needs port/identity, and the request has none");
        }
        return id.trim();
    }

    /**
     * {@code port/identity} as the positive whole number it must be (an ifIndex, an outlet
     * number); {@code what} names it in the error when it is not.
     */
    public int portNumber(String what) throws HandlerException {
        String id = portIdentity();
        if (!id.matches("[0-9]{1,10}") || Long.parseLong(id) < 1 || Long.parseLong(id) > Integer.MAX_VALUE) {
            throw HandlerException.badData("port identity '" + XmlText.excerpt(id, 20) + "' is not " + what
                    + "; status lists the identities");
        }
        return Integer.parseInt(id);
    }

    /**
     * The device's address as given in {@code ip}; from now on an error at the deadline or on a
     * signal names it.
     */
    public DeviceAddress address(int defaultPort) throws HandlerException {
        DeviceAddress a = DeviceAddress.parse(device().ip(), defaultPort);
        state.device(a);
        return a;
    }
}
