package net.dcihandlers.pdu;

import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Requirement;
import net.dcihandlers.core.snmp.profile.ProfileSet;

/** dci-pdu: switched PDUs and blade chassis over SNMP: outlets on, off and reset, and their power. */
public final class Main {
    private Main() {
    }

    public static HandlerSpec spec() {
        return HandlerSpec.builder("dci-pdu", DeviceType.PDU, "Switched PDU (dci-handlers)")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3, Requirement.CAN_COLLECT_POWER)
                .function(Function.STATUS, OutletReadings::status)
                .function(Function.STATISTICS, OutletReadings::statistics)
                .function(Function.PORT_ON, call -> OutletSwitching.run(call, OutletSwitching.Order.ON))
                .function(Function.PORT_OFF, call -> OutletSwitching.run(call, OutletSwitching.Order.OFF))
                .function(Function.PORT_RESET, call -> OutletSwitching.run(call, OutletSwitching.Order.RESET))
                .settings(PduSettings.ALL)
                .snmpSubtrees(ProfileSet.subtreesOf(Profiles.HANDLER, Profiles.class))
                .describe(Function.STATUS, "Every outlet (or blade slot) with its name and state.")
                .describe(Function.STATISTICS, "Every outlet's power, in watts, where the PDU meters outlets.")
                .build();
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
