package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.DeviceType;
import net.dcihandlers.core.Function;
import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;
import net.dcihandlers.core.Requirement;

/** dci-switch: SNMP switches. */
public final class Main {
    private Main() {
    }

    public static HandlerSpec spec() {
        return HandlerSpec.builder("dci-switch", DeviceType.SWITCH, "SNMP switch (dci-handlers)")
                .requires(Requirement.SNMPV1, Requirement.SNMPV2C, Requirement.SNMPV3)
                .function(Function.STATUS, SwitchFunctions::status)
                .function(Function.PORT_ON, SwitchFunctions::portOn)
                .function(Function.PORT_OFF, SwitchFunctions::portOff)
                .function(Function.STATISTICS, Statistics::statistics)
                .function(Function.PORT_SPEED, SwitchFunctions::portSpeed)
                .function(Function.PORT_DUPLEX, SwitchFunctions::portDuplex)
                .function(Function.SET_VLAN, Vlans::setVlan)
                .function(Function.MAC_LIST, MacList::macList)
                .settings(SwitchSettings.ALL)
                .snmpSubtrees(DumpTree::subtrees)
                .build();
    }

    public static void main(String[] args) {
        HandlerMain.main(spec(), args);
    }
}
