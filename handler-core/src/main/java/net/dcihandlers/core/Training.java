package net.dcihandlers.core;

import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.EqParam;
import net.dcihandlers.core.protocol.ErrorType;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortParams;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.ProtocolXml;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.RequestReader;
import net.dcihandlers.core.protocol.Response;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The class-data training run ({@code --cds-training}): the launcher runs it once with
 * {@code -XX:ArchiveClassesAtExit}, so that the classes every real call loads (the protocol reader and writer,
 * the SNMP stack, the handler's own code) come from an archive instead of being loaded and
 * verified again at every call. It calls every declared function with a short deadline, in SNMP v2c
 * against a small agent on loopback ({@link TrainingAgent}) and in v3 against a UDP port that never
 * answers, writes sample answers, and ends with one whole call as the panel makes it; it prints
 * nothing on stdout.
 */
final class Training {
    /**
     * The longest a training run may take. The launcher runs it detached from any call, so
     * nothing else would end it should it hang; it normally takes a few seconds.
     */
    static final long TIME_LIMIT_MS = 120_000;

    private Training() {
    }

    static void run(HandlerSpec spec) {
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(TIME_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("training: not done within " + TIME_LIMIT_MS + " ms; stopped");
            Runtime.getRuntime().halt(3);
        }, "training-limit");
        limit.setDaemon(true);
        limit.start();
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             TrainingAgent agent = new TrainingAgent()) {
            String ip = "127.0.0.1:" + silent.getLocalPort();
            Config config = Config.of(Map.of(CoreSettings.SNMP_TIMEOUT_MS.key(), "60",
                    CoreSettings.SNMP_RETRIES.key(), "0", CoreSettings.SNMP_V3_AUTH_PROTOCOL.key(), "SHA",
                    CoreSettings.SNMP_V3_PRIV_PROTOCOL.key(), "AES128"));
            Dispatcher dispatcher = new Dispatcher(spec);
            for (Function f : spec.functions().keySet()) {
                for (DeviceParams d : devices(agent.address(), ip)) {
                    String doc = "<doc><func>" + f.wire() + "</func><device_params><ip>" + d.ip() + "</ip>"
                            + "<snmp_ver>" + d.snmpVersion() + "</snmp_ver><snmp_community>cds</snmp_community>"
                            + (d.snmpUser() == null ? "" : "<snmp_user>cds</snmp_user><snmp_auth_level>authpriv"
                            + "</snmp_auth_level><snmp_auth_phrase>cds-training</snmp_auth_phrase>"
                            + "<snmp_priv_phrase>cds-training</snmp_priv_phrase>")
                            + "<user>cds</user><pass>cds-training</pass></device_params><port><identity>"
                            + (spec.fixedPort() != null ? spec.fixedPort() : "1") + "</identity><speed>auto</speed>"
                            + "<duplex>auto</duplex><vlan_id>1</vlan_id></port></doc>";
                    Request r = RequestReader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
                    ProtocolXml.write(dispatcher.handle(r, config, Trace.off(), Deadline.in(400)), false);
                }
            }
            ProtocolXml.write(sampleAnswer(), false);
            ProtocolXml.write(sampleAnswer(), true);
            ProtocolXml.write(Response.error(ErrorType.CONNECTION, "sample"), false);
            // last, a whole call as the panel makes it (configuration, watchdog, request, answer),
            // for the classes of that path; its function is none, so no device is waited for (the
            // functions ran above) and the answer, an error, goes nowhere
            String status = "<doc><func>cds-training</func><device_params><ip>" + agent.address() + "</ip>"
                    + "</device_params></doc>";
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            new HandlerMain(spec, Map.of(), null).run(new String[0],
                    new ByteArrayInputStream(status.getBytes(StandardCharsets.UTF_8)), nowhere, nowhere, true);
        } catch (Exception e) {
            // a partial training still gives a useful archive
            System.err.println("training: " + e);
        }
    }

    /** v2c against the training agent, v3 (which it does not speak) against a port that never answers. */
    private static DeviceParams[] devices(String agent, String silent) {
        return new DeviceParams[] {
                new DeviceParams().ip(agent).snmpVersion("SNMP v2c"),
                new DeviceParams().ip(silent).snmpVersion("SNMP v3").snmpUser("cds")};
    }

    private static Response sampleAnswer() {
        Port p = new Port("1").description("sample").adminStatus(PortStatus.ON).operStatus(PortStatus.OFF)
                .rxBytes(BigInteger.ONE).txBytes(BigInteger.ONE).rxPackets(BigInteger.ONE).txPackets(BigInteger.ONE)
                .power(BigDecimal.ONE).vlanId(1).vlanName("v").isTrunk(true).trunkMembers("1,2").addMac("00:00:00:00:00:01");
        return new Response().hostname("sample").add(p).add(EqParam.text("device_status", "OK"))
                .add(EqParam.number("input_voltage_line_A", BigDecimal.TEN));
    }
}
