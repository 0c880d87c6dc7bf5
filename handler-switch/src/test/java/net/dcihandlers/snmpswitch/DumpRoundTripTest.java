package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.DumpReplay;
import net.dcihandlers.sim.SimulatedSwitch;
import net.dcihandlers.sim.SwitchModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** dci-switch --dump of every simulated switch: snmpsim serving the dump gets the status the switch got. */
class DumpRoundTripTest {
    @ParameterizedTest
    @MethodSource("net.dcihandlers.sim.SwitchModel#values")
    void statusFromTheDumpIsTheSwitchsStatus(SwitchModel model, @TempDir Path dir) {
        try (SimulatedSwitch sw = SimulatedSwitch.builder().model(model).ports(6).etherLike().duplexStatus(2, 2)
                .portSpeedMbps(3, 100).portName(1, "uplink | core\n2").sysName("sw & <" + model + ">")
                .virtualInterfaces().start()) {
            sw.setLink(sw.portIfIndexes().get(4), false);
            Doc live = DumpReplay.assertReplays(Main.spec(), "status", sw.address(), "public", dir).ok();
            assertFalse(live.ports().isEmpty(), live.toString());
        }
    }
}
