package net.dcihandlers.core.protocol;

/** The two error types DCImanager documents. */
public enum ErrorType {
    /** The device could not be reached, or it refused us (timeout, authentication, no access). */
    CONNECTION("connection"),
    /** The exchange happened, but the request or the device's answer made no sense. */
    UNEXPECTED_DATA("unexpected_data");

    private final String wire;

    ErrorType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
