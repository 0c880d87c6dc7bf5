package net.dcihandlers.ups;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Requirement;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;

/** dci-ups: a UPS over SNMP, through the RFC 1628 UPS-MIB or APC's PowerNet-MIB. */
public final class Main {
    private Main() {
    }

    public static HandlerSpec spec() {
        return HandlerSpec.builder("dci-ups", DeviceType.UPS, "UPS over SNMP (dci-handlers)")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3)
                .function(Function.STATUS, Main::status)
                .build();
    }

    static Response status(Call call) throws HandlerException {
        try (SnmpClient snmp = SnmpClient.open(call)) {
            return UpsAnswer.of(new SnmpUpsReader(snmp, call.trace()).read(), call.trace());
        }
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
