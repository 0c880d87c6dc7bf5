package net.dcihandlers.ipmi;

import net.dcihandlers.core.Credentials;
import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;

/** dci-ipmi: server power through the BMC, driven by ipmitool. */
public final class Main {
    private Main() {
    }

    /** IPMI needs no requirements: the panel always sends user and pass for this type. */
    public static HandlerSpec spec() {
        return HandlerSpec.builder("dci-ipmi", DeviceType.IPMI, "IPMI (dci-handlers)")
                .function(Function.STATUS, PowerFunctions::status)
                .function(Function.PORT_ON, PowerFunctions::portOn)
                .function(Function.PORT_OFF, PowerFunctions::portOff)
                .function(Function.PORT_RESET, PowerFunctions::portReset)
                .settings(IpmiSettings.ALL)
                .credentials(Credentials.USER_PASSWORD)
                .fixedPort("power")
                .describe(Function.STATUS, "The server's power state.")
                .describe(Function.PORT_ON, "Power the server on and show the state read back.")
                .describe(Function.PORT_OFF, "Power the server off and show the state read back.")
                .describe(Function.PORT_RESET, "Reset a running server (power on a stopped one) and show the state read back.")
                .build();
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
