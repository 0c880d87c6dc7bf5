package net.dcihandlers.core;

/** What a handler's device needs to be reached, as the manual mode asks a person for it. */
public enum Credentials {
    /** SNMP v1/v2c community or v3 user and pass phrases ({@code --snmp-version}, {@code --community}, ...). */
    SNMP,
    /** A user and a password ({@code --user}; the password from the environment or a prompt). */
    USER_PASSWORD,
    /** Nothing in the request: the address alone (what else is needed is in the configuration). */
    NONE
}
