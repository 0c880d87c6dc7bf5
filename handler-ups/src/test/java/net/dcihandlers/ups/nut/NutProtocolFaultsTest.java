package net.dcihandlers.ups.nut;

import net.dcihandlers.core.testing.Doc;
import net.dcihandlers.core.testing.InProcess;
import net.dcihandlers.core.testing.Patience;
import net.dcihandlers.core.testing.Requests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** dci-ups-nut against services that are not a working upsd: every one is an error document, never a hang. */
class NutProtocolFaultsTest {

    private static Doc status(FakeUpsd fake, String... config) {
        return InProcess.of(Main.spec()).config(Patience.answeringOverNut(config)).call(Requests.call("status",
                "<device_params><ip>ups1@" + fake.address() + "</ip></device_params>"));
    }

    /**
     * The answer, which must come by {@code limitMs} (the setting that ends the wait) plus the
     * room a loaded machine is given; what the server does must take far longer.
     */
    private static Doc statusWithinBound(FakeUpsd fake, long limitMs, String... config) {
        long t0 = System.nanoTime();
        Doc d = status(fake, config);
        long ms = Patience.millisSince(t0);
        assertTrue(ms < Patience.bound(limitMs), "took " + ms + " ms; limit " + limitMs + " ms");
        return d;
    }

    @Test
    void aServiceThatIsNotUpsdIsUnexpectedDataNamingWhatItSaid() {
        try (FakeUpsd http = FakeUpsd.saying("HTTP/1.1 400 Bad Request\r\nServer: x\r\n\r\n")) {
            Doc d = status(http).error("unexpected_data");
            assertTrue(d.errorText().contains("HTTP/1.1 400") && d.errorText().contains("not Network UPS Tools"),
                    d.errorText());
        }
    }

    @Test
    void anEndlessLineIsCutAtItsLimit() {
        byte[] chunk = "A".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        try (FakeUpsd endless = FakeUpsd.answering((line, out) -> {
            for (int i = 0; i < 4096; i++) { // 16 MiB unless the client hangs up first, as it should
                out.write(chunk);
            }
        })) {
            Doc d = status(endless).error("unexpected_data");
            assertTrue(d.errorText().contains("longer than " + NutSession.MAX_LINE), d.errorText());
        }
    }

    @Test
    void aServiceThatNeverAnswersIsAConnectionErrorInTime() {
        try (FakeUpsd silent = FakeUpsd.answering((line, out) -> Thread.sleep(60_000))) {
            // nut.timeout.ms ends the wait: the server sleeps for 60 s, beyond the bound
            Doc d = statusWithinBound(silent, 700, "nut.timeout.ms=700").error("connection");
            assertTrue(d.errorText().contains("did not answer LIST VAR ups1"), d.errorText());
        }
    }

    @Test
    void aTrickleOfBytesEndsAtTheDeadline() {
        try (FakeUpsd trickle = FakeUpsd.answering((line, out) -> {
            for (int i = 0; i < 6000; i++) { // 300 s, beyond the bound, unless the client hangs up
                out.write('B');
                out.flush();
                Thread.sleep(50);
            }
        })) {
            Doc d = statusWithinBound(trickle, 2500, "deadline.ms=2500", "nut.timeout.ms=1000").error("connection");
            assertTrue(d.errorText().contains("deadline"), d.errorText());
        }
    }

    @Test
    void aConnectionClosedInTheMiddleOfTheListIsAConnectionError() {
        try (FakeUpsd cut = FakeUpsd.saying("BEGIN LIST VAR ups1\nVAR ups1 ups.status \"OL\"\n")) {
            Doc d = status(cut).error("connection");
            assertTrue(d.errorText().contains("closed the connection"), d.errorText());
        }
    }

    @Test
    void aDriverThatLostItsUpsIsAConnectionErrorSayingSo() {
        try (FakeUpsd stale = FakeUpsd.saying("ERR DATA-STALE\n")) {
            Doc d = status(stale).error("connection");
            assertTrue(d.errorText().contains("DATA-STALE") && d.errorText().contains("lost contact"), d.errorText());
        }
        try (FakeUpsd noDriver = FakeUpsd.saying("ERR DRIVER-NOT-CONNECTED\n")) {
            assertTrue(status(noDriver).error("connection").errorText().contains("driver"));
        }
    }

    @Test
    void anErrorUpsdIsNotKnownForIsUnexpectedData() {
        try (FakeUpsd odd = FakeUpsd.saying("ERR SOMETHING-NEW\n")) {
            assertTrue(status(odd).error("unexpected_data").errorText().contains("SOMETHING-NEW"));
        }
    }

    @Test
    void aListOfGarbageRowsIsUnexpectedData() {
        try (FakeUpsd garbage = FakeUpsd.saying("BEGIN LIST VAR ups1\nVAR ups1 ups.status \"OL\nEND LIST VAR ups1\n")) {
            assertTrue(status(garbage).error("unexpected_data").errorText().contains("not Network UPS Tools"));
        }
        try (FakeUpsd other = FakeUpsd.saying("BEGIN LIST VAR ups1\nRW ups1 x \"1\"\nEND LIST VAR ups1\n")) {
            status(other).error("unexpected_data");
        }
    }

    @Test
    void anEndlessListIsCutAtItsLimit() {
        try (FakeUpsd endless = FakeUpsd.answering((line, out) -> {
            out.write("BEGIN LIST VAR ups1\n".getBytes(StandardCharsets.US_ASCII));
            byte[] row = "VAR ups1 x.y \"1\"\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= NutSession.MAX_LIST_LINES * 2; i++) {
                out.write(row);
            }
        })) {
            assertTrue(status(endless).error("unexpected_data").errorText().contains("more than"));
        }
    }

    @Test
    void aMalformedAddressIsRefusedBeforeAnythingIsSent() {
        Doc d = InProcess.of(Main.spec()).call(Requests.call("status",
                "<device_params><ip>ups 1@127.0.0.1</ip></device_params>")).error("unexpected_data");
        assertTrue(d.errorText().contains("not a UPS name"), d.errorText());
        Doc onlyPassword = InProcess.of(Main.spec()).config("nut.password=x1")
                .call(Requests.call("status", "<device_params><ip>ups1@127.0.0.1:1</ip></device_params>"))
                .error("unexpected_data");
        assertTrue(onlyPassword.errorText().contains("nut.user"), onlyPassword.errorText());
        assertTrue(!onlyPassword.text().contains("x1"), onlyPassword.text());
    }
}
