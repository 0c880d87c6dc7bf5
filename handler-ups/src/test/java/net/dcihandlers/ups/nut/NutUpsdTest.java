package net.dcihandlers.ups.nut;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import net.dcihandlers.core.testing.RunResult;
import net.dcihandlers.core.testing.Upsd;
import net.dcihandlers.ups.UpsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-ups-nut against Network UPS Tools' real upsd serving dummy-ups UPSes whose values change while it runs. */
class NutUpsdTest {
    private static final String USER = "monitor";
    /** A blank, quotes and a backslash, so that quoting for upsd is exercised. */
    private static final String PASSWORD = "s3cret \"pass\\word\"";

    private static Upsd single;
    private static Upsd pair;

    @BeforeAll
    static void start() {
        Map<String, String> rack = new LinkedHashMap<>();
        rack.put("ups.status", "OL");
        rack.put("input.voltage", "229.0");
        rack.put("ups.load", "37");
        rack.put("ups.realpower", "412");
        rack.put("battery.runtime", "2400");
        single = Upsd.builder().ups("rack1", rack).user(USER, PASSWORD).user("admin", "adminpass1", "actions = SET")
                .ipv6().start();
        Map<String, String> left = new LinkedHashMap<>(Map.of("ups.status", "OL", "ups.load", "12"));
        Map<String, String> threePhase = new LinkedHashMap<>();
        threePhase.put("ups.status", "OL");
        threePhase.put("input.phases", "3");
        threePhase.put("input.L1-N.voltage", "231.2");
        threePhase.put("input.L2-N.voltage", "228.9");
        threePhase.put("input.L3-N.voltage", "230.4");
        threePhase.put("ups.load", "44");
        threePhase.put("output.L1.realpower", "3100");
        threePhase.put("output.L2.realpower", "2950");
        threePhase.put("output.L3.realpower", "3320");
        threePhase.put("battery.runtime", "1260");
        // a UPS whose driver has not read it yet: NUT's drivers say WAIT until their first reading
        Map<String, String> starting = new LinkedHashMap<>(Map.of("ups.status", "WAIT", "ups.load", "0"));
        pair = Upsd.builder().ups("left", left).ups("right", threePhase).ups("starting", starting).start();
    }

    @AfterAll
    static void stop() {
        if (single != null) {
            single.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private static String nut(String ip) {
        return "<device_params><ip>" + Requests.esc(ip) + "</ip></device_params>";
    }

    /** A configuration line: the file is Java properties, where a backslash must be doubled. */
    private static String conf(String key, String value) {
        return key + "=" + value.replace("\\", "\\\\");
    }

    private static Doc status(String ip, String... config) {
        return InProcess.of(Main.spec()).config(Patience.answeringOverNut(config)).call(Requests.call("status", nut(ip)));
    }

    /** What the panel must show for the values upsd serves now, converted with NUT's units (W, s). */
    private static Map<String, BigDecimal> expected(Map<String, String> v) {
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        e.put("input_voltage_line_A", new BigDecimal(v.get("input.voltage")));
        e.put("output_load_line_A", new BigDecimal(v.get("ups.load")));
        e.put("output_power_line_A", new BigDecimal(v.get("ups.realpower")).movePointLeft(3));
        e.put("battary_time_remains", new BigDecimal(v.get("battery.runtime"))
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
        return e;
    }

    @Test
    void theStatusFollowsTheUpsAsUpsdServesIt() {
        try {
            Doc mains = status(single.target("rack1")).ok();
            UpsParams.assertNumbers(expected(single.values("rack1")), mains);
            assertEquals("OK", UpsParams.status(mains));

            single.set("rack1", Map.of("ups.status", "OB DISCHRG", "input.voltage", "0.0", "battery.runtime", "905"));
            Doc onBattery = status(single.target("rack1")).ok();
            UpsParams.assertNumbers(expected(single.values("rack1")), onBattery);
            assertEquals("Warning", UpsParams.status(onBattery));

            single.set("rack1", Map.of("ups.status", "OB DISCHRG LB", "battery.runtime", "118", "ups.load", "41"));
            Doc low = status(single.target("rack1")).ok();
            UpsParams.assertNumbers(expected(single.values("rack1")), low);
            assertEquals("Critical", UpsParams.status(low));

            single.set("rack1", Map.of("ups.status", "OL BOOST", "input.voltage", "196.5"));
            assertEquals("Warning", UpsParams.status(status(single.target("rack1")).ok()));
        } finally {
            single.set("rack1", Map.of("ups.status", "OL", "input.voltage", "229.0", "ups.load", "37",
                    "battery.runtime", "2400"));
        }
        assertEquals("OK", UpsParams.status(status(single.target("rack1")).ok()));
    }

    @Test
    void withoutAUpsNameTheOnlyUpsUpsdServesIsRead() {
        Doc d = status(single.address()).ok();
        assertEquals(status(single.target("rack1")).ok().params(), d.params());
    }

    @Test
    void withoutAUpsNameAnUpsdWithSeveralUpsesIsAnErrorNamingThem() {
        Doc d = status(pair.address()).error("unexpected_data");
        assertTrue(d.errorText().contains("left") && d.errorText().contains("right"), d.errorText());
        assertTrue(d.errorText().contains("ups@host"), d.errorText());
        assertEquals("OK", UpsParams.status(status(pair.target("left")).ok()));
    }

    @Test
    void aWrongUpsNameIsAnErrorNamingTheUpsesThereAre() {
        Doc d = status("rack9@" + single.address()).error("unexpected_data");
        assertTrue(d.errorText().contains("'rack9'") && d.errorText().contains("rack1"), d.errorText());
    }

    @Test
    void aThreePhaseUpsShowsItsPhasesCombined() {
        Map<String, String> v = pair.values("right");
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        e.put("input_voltage_line_A", new BigDecimal(v.get("input.L2-N.voltage"))); // the lowest phase
        e.put("output_load_line_A", new BigDecimal(v.get("ups.load")));
        e.put("output_power_line_A", new BigDecimal(v.get("output.L1.realpower"))
                .add(new BigDecimal(v.get("output.L2.realpower"))).add(new BigDecimal(v.get("output.L3.realpower")))
                .movePointLeft(3));
        e.put("battary_time_remains", new BigDecimal(v.get("battery.runtime")).divide(BigDecimal.valueOf(60)));
        UpsParams.assertNumbers(e, status(pair.target("right")).ok());
    }

    /**
     * ups.status WAIT: upsd serves the UPS, but its driver has no reading of it yet, so the other
     * values are not the UPS's: a connection error saying so, not a Warning with values missing.
     */
    @Test
    void aUpsWhoseDriverHasNoDataYetIsAConnectionErrorSayingSo() {
        assertEquals("WAIT", pair.served("starting", "ups.status"));
        Doc d = status(pair.target("starting")).error("connection");
        assertTrue(d.errorText().contains("'starting' as WAIT") && d.errorText().contains("driver"), d.errorText());
        assertTrue(d.params().isEmpty(), "no values beside the error: " + d.text());
    }

    @Test
    void aLoginWithTheConfiguredUserIsAcceptedAndAWrongPasswordIsRefusedWithoutShowingIt() {
        Doc ok = status(single.target("rack1"), conf("nut.user", USER), conf("nut.password", PASSWORD)).ok();
        assertEquals("OK", UpsParams.status(ok));

        String wrong = "not-" + PASSWORD;
        RunResult r = InProcess.of(Main.spec()).config(Patience.answeringOverNut(conf("nut.user", USER),
                        conf("nut.password", wrong)))
                .run(Requests.call("status", nut(single.target("rack1"))), "-v");
        Doc refused = r.doc().error("connection");
        assertTrue(refused.errorText().contains("ACCESS-DENIED") && refused.errorText().contains("nut.password"),
                refused.errorText());
        assertFalse(r.stdout().contains("pass\\word") || r.stdout().contains("pass\\\\word"), r.stdout());
        assertFalse(r.stderr().contains("pass\\word"), r.stderr());
        assertTrue(r.stderr().contains("PASSWORD ***"), r.stderr());

        Doc notUpsmon = status(single.target("rack1"), "nut.user=admin", "nut.password=adminpass1")
                .error("connection");
        assertTrue(notUpsmon.errorText().contains("upsmon"), notUpsmon.errorText());
        assertFalse(notUpsmon.text().contains("adminpass1"), notUpsmon.text());
    }

    @Test
    void anIpv6AddressWorksAsUpscWritesIt() {
        Doc d = status("rack1@[::1]:" + single.port()).ok();
        assertEquals(status(single.target("rack1")).ok().params(), d.params());
    }

    @Test
    void noUpsdListeningIsAConnectionError() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Doc d = status("rack1@127.0.0.1:" + closed).error("connection");
        assertTrue(d.errorText().contains("refused the connection"), d.errorText());
    }

    @Test
    void theInfoDocumentDeclaresAUpsWithoutSnmp() {
        String info = InProcess.of(Main.spec()).run("", "-info").stdout();
        assertTrue(info.contains("<type>UPS</type>") && info.contains("<requirements/>")
                && info.contains("<status/>"), info);
        assertEquals(List.of("status"), UpsParams.supportedFuncs(info));
    }
}
