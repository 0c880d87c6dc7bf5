package net.dcihandlers.ups.nut;

/**
 * upsd answered a command with {@code ERR <code>}. The session stays usable, so a caller can ask
 * more (the UPS names, after UNKNOWN-UPS) before it reports the refusal.
 */
final class UpsdRefusal extends Exception {
    private final String code;
    private final String command;

    UpsdRefusal(String code, String command) {
        super("ERR " + code + " to " + command);
        this.code = code;
        this.command = command;
    }

    /** The error name, as {@code ACCESS-DENIED}. */
    String code() {
        return code;
    }

    /** The command refused, as the trace shows it (a password masked). */
    String command() {
        return command;
    }
}
