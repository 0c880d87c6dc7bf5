package net.dcihandlers.packaging;

import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.sim.redfish.Certificates;
import net.dcihandlers.sim.redfish.RedfishBmc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built dci-ipmi launcher against the project's simulated Redfish BMC over HTTPS, as the panel
 * calls it: every function, the power read back after its real delay, the certificate pinned on
 * first use and a changed one refused, sessions deleted, and the password in no output and no log.
 */
class RedfishIT {
    private static final String USER = "panel";
    private static final String PASSWORD = "Rf-Launcher-Pw-4711";
    private static Path tmp;
    private static Certificates cert;
    private static Certificates other;

    @BeforeAll
    static void start() throws IOException {
        tmp = Dist.newScratch("redfish");
        cert = Certificates.selfSigned(tmp, "launcher-bmc");
        other = Certificates.selfSigned(tmp, "replaced-bmc");
    }

    @AfterAll
    static void stop() throws IOException {
        Dist.deleteTree(tmp);
    }

    private static String request(String func) {
        return "<doc><func>" + func + "</func><device_params><ip>127.0.0.1</ip><user>" + USER + "</user><pass>"
                + PASSWORD + "</pass></device_params><port_params><identity>power</identity></port_params></doc>";
    }

    private static Dist.Result call(Map<String, String> env, String func) {
        return Dist.run(List.of(Dist.launcher("dci-ipmi").toString()), env, tmp, request(func));
    }

    private static String power(Dist.Result r) {
        assertEquals(0, r.exit(), r::describe);
        String status = Dist.text(r.document(), "admin_status");
        assertTrue(status != null, r::describe);
        return status;
    }

    @Test
    void everyFunctionThroughTheLauncherWithThePowerReadBackAfterItsDelay() throws Exception {
        Path state = tmp.resolve("state-functions");
        Path log = tmp.resolve("redfish.log");
        try (RedfishBmc bmc = RedfishBmc.builder().login(USER, PASSWORD).certificates(cert).poweredOn(true)
                .offDelayMs(1500).onDelayMs(2500).busyAfterResetMs(1000).start()) {
            Map<String, String> env = Dist.withConfiguration(tmp, "redfish.port=" + bmc.port(), "state.dir=" + state,
                    "log.file=" + log, "deadline.ms=" + Patience.DEADLINE_MS);
            assertEquals("on", power(call(env, "status")));
            assertEquals("off", power(call(env, "port_off")));
            assertFalse(bmc.poweredOn());
            assertEquals("on", power(call(env, "port_on")));
            assertTrue(bmc.poweredOn());
            assertEquals("on", power(call(env, "port_reset")));
            assertEquals(1, bmc.resets());
            assertEquals(List.of("ForceOff", "On", "ForceRestart"), bmc.resetTypes());
            assertEquals(bmc.sessionsCreated(), bmc.sessionsDeleted(), "every session deleted");
            assertEquals(0, bmc.sessionsOpen());
            String logged = Files.readString(log);
            assertTrue(logged.contains("ComputerSystem.Reset") && logged.contains("PowerState Off"), logged);
            assertFalse(logged.contains(PASSWORD), "the password is in the log");
            assertTrue(Files.exists(state.resolve("redfish-pin-127.0.0.1-" + bmc.port())));
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(state)), "the state folder is the owner's only");
        }
    }

    @Test
    void aReplacedCertificateIsRefusedUntilItsPinIsDeleted() throws Exception {
        Path state = tmp.resolve("state-pin");
        int port;
        try (RedfishBmc first = RedfishBmc.builder().login(USER, PASSWORD).certificates(cert).start()) {
            port = first.port();
            Map<String, String> env = Dist.withConfiguration(tmp, "redfish.port=" + port, "state.dir=" + state,
                    "deadline.ms=" + Patience.DEADLINE_MS);
            assertEquals("on", power(call(env, "status")));
        }
        try (RedfishBmc replaced = RedfishBmc.builder().login(USER, PASSWORD).certificates(other).start()) {
            Path oldPin = state.resolve("redfish-pin-127.0.0.1-" + port);
            Path pin = state.resolve("redfish-pin-127.0.0.1-" + replaced.port());
            if (!oldPin.equals(pin)) {
                Files.move(oldPin, pin);
            }
            Map<String, String> env = Dist.withConfiguration(tmp, "redfish.port=" + replaced.port(), "state.dir=" + state,
                    "ipmi.protocol=redfish", "deadline.ms=" + Patience.DEADLINE_MS);
            Dist.Result r = call(env, "port_off");
            String text = Dist.assertErrorDocument(r, "connection");
            assertTrue(text.contains(cert.fingerprint()) && text.contains(other.fingerprint()) && text.contains(pin.toString()),
                    text);
            assertTrue(replaced.poweredOn());
            assertFalse(r.stdout().contains(PASSWORD) || r.stderr().contains(PASSWORD));
            Files.delete(pin);
            assertEquals("off", power(call(env, "port_off")));
        }
    }
}
