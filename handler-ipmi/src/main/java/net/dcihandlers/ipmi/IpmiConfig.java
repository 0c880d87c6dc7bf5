package net.dcihandlers.ipmi;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** dci-ipmi's configuration, read and checked once per call. */
record IpmiConfig(Path tool, InterfaceChoice interfaces, List<Integer> cipherSuites) {

    static IpmiConfig from(Config config) throws HandlerException {
        InterfaceChoice choice = config.choice(IpmiSettings.INTERFACE, InterfaceChoice.class);
        List<Integer> suites = new ArrayList<>();
        String v = config.string(IpmiSettings.CIPHER_SUITE);
        if (!v.isEmpty()) {
            for (String s : v.split("[,\\s]+")) {
                // ipmitool itself takes 0-255 and names an ID it does not support when it refuses one
                int id;
                try {
                    id = Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    id = -1;
                }
                if (id < 0 || id > 255) {
                    throw config.invalid(IpmiSettings.CIPHER_SUITE, v,
                            "cipher suite IDs from 0 to 255 in the order to try them (17,3), or nothing");
                }
                if (!suites.contains(id)) {
                    suites.add(id);
                }
            }
        }
        Path tool = ToolPath.resolve(config.string(IpmiSettings.TOOL), System.getenv("PATH"));
        return new IpmiConfig(tool, choice, List.copyOf(suites));
    }
}
