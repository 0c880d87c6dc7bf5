package net.dcihandlers.core;

/**
 * A configuration key with its default and a one-line description. Every key a handler reads is
 * declared as one of these; the shipped configuration file and the README list them all, and a
 * test keeps both in step with the declarations.
 *
 * @param key          the property name
 * @param defaultValue the value used when the file does not set it ("" = unset)
 * @param description  what it does, for people
 * @param secret       whether its value is a password: then it is kept out of traces and texts
 *                     like the request's secrets
 */
public record Setting(String key, String defaultValue, String description, boolean secret) {

    public Setting(String key, String defaultValue, String description) {
        this(key, defaultValue, description, false);
    }
}
