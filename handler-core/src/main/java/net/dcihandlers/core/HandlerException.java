package net.dcihandlers.core;

import net.dcihandlers.core.protocol.ErrorType;

/**
 * The one failure a handler reports: a protocol error type and a text an operator can act on.
 * Texts never carry a community, passphrase or password.
 */
public class HandlerException extends Exception {
    private final ErrorType type;

    public HandlerException(ErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public HandlerException(ErrorType type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public static HandlerException connection(String message) {
        return new HandlerException(ErrorType.CONNECTION, message);
    }

    public static HandlerException badData(String message) {
        return new HandlerException(ErrorType.UNEXPECTED_DATA, message);
    }

    public ErrorType type() {
        return type;
    }
}
