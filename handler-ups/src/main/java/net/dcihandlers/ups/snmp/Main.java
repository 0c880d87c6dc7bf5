package net.dcihandlers.ups.snmp;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Requirement;
import net.dcihandlers.core.snmp.profile.ProfileSet;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.ups.UpsAnswer;

/** dci-ups: a UPS over SNMP, through the RFC 1628 UPS-MIB or APC's PowerNet-MIB. */
public final class Main {
    private Main() {
    }

    public static HandlerSpec spec() {
        // not CAN_COLLECT_POWER: the panel fills its per-server power columns from the statistics
        // of the PDU outlets servers are plugged into; a UPS has no such outlets and no statistics
        // (README, "dci-ups and dci-ups-nut"). Its output power reaches the UPS list through status.
        return HandlerSpec.builder("dci-ups", DeviceType.UPS, "UPS over SNMP (dci-handlers)")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3)
                .function(Function.STATUS, Main::status)
                .describe(Function.STATUS, UpsAnswer.STATUS_HELP)
                .snmpSubtrees(ProfileSet.subtreesOf(SnmpProfiles.HANDLER, SnmpProfiles.class))
                .build();
    }

    static Response status(Call call) throws HandlerException {
        try (SnmpClient snmp = SnmpClient.open(call)) {
            return UpsAnswer.of(new SnmpUpsReader(call, snmp).read(), call.trace());
        }
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
