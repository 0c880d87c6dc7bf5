package net.dcihandlers.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The jar {@code mvn package} attaches as "all" runs the simulator on its own, as the demo starts it. */
class RunnableJarIT {
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";

    @Test
    void runnableJarAnnouncesItsAddressAndAnswers() throws Exception {
        File jar = new File(System.getProperty("device-sim.runnable-jar", "target/device-sim-0.1.0-all.jar"));
        assertTrue(jar.isFile(), "runnable jar not built: " + jar);
        int port = freeUdpPort();
        String java = new File(System.getProperty("java.home"), "bin/java").getPath();
        Process process = new ProcessBuilder(java, "-cp", jar.getPath(), "net.dcihandlers.sim.Main", "switch",
                "--port", String.valueOf(port), "--ports", "48", "--sysname", "demo-sw",
                "--community", "public", "--write-community", "private")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(180, TimeUnit.SECONDS);
            assertEquals("listening on udp:127.0.0.1:" + port, line);

            NetSnmp.Result result = NetSnmp.run("snmpget", List.of("-v2c", "-c", "public", "-On", "-t", NetSnmp.ANSWER_TIMEOUT, "-r", "0",
                    "127.0.0.1:" + port, SYS_NAME, "1.3.6.1.2.1.2.1.0"));
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("demo-sw", NetSnmp.text(result.values().get(SYS_NAME)));
            assertEquals("48", NetSnmp.text(result.values().get("1.3.6.1.2.1.2.1.0")));
            assertTrue(process.isAlive(), "keeps running until killed");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getByAddress(LoopbackUdpTransport.LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
