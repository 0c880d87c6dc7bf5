package net.dcihandlers.ipmi;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;

import java.nio.file.Path;
import java.util.OptionalInt;

/** dci-ipmi's configuration, read and checked once per call. */
record IpmiConfig(Path tool, InterfaceChoice interfaces, OptionalInt cipherSuite) {

    static IpmiConfig from(Config config) throws HandlerException {
        InterfaceChoice choice = config.choice(IpmiSettings.INTERFACE, InterfaceChoice.class, InterfaceChoice.NAMES);
        OptionalInt cipher = OptionalInt.empty();
        if (!config.string(IpmiSettings.CIPHER_SUITE).isEmpty()) {
            // ipmitool itself takes 0-255 and names an ID it does not support when it refuses one
            cipher = OptionalInt.of(config.integer(IpmiSettings.CIPHER_SUITE, 0, 255));
        }
        Path tool = ToolPath.resolve(config.string(IpmiSettings.TOOL), System.getenv("PATH"));
        return new IpmiConfig(tool, choice, cipher);
    }
}
