package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class SlackRequestVerifierTest {

    // Slack's worked example from "Verifying requests from Slack"
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url="
            + "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id="
            + "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final long TIMESTAMP = 1531420618;
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private final Clock atSigningTime = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 30), ZoneOffset.UTC);

    @Test
    void acceptsSlacksDocumentedExample() {
        SlackRequestVerifier verifier = new SlackRequestVerifier(SECRET, atSigningTime);

        assertThat(verifier.sign(TIMESTAMP, BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNATURE);
        assertThat(verifier.isValid(Long.toString(TIMESTAMP), SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void rejectsOtherSecretsBodiesAndMalformedHeaders() {
        SlackRequestVerifier verifier = new SlackRequestVerifier(SECRET, atSigningTime);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(new SlackRequestVerifier("another-secret", atSigningTime).isValid(Long.toString(TIMESTAMP), SIGNATURE, body)).isFalse();
        assertThat(verifier.isValid(Long.toString(TIMESTAMP), SIGNATURE, (BODY + "x").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(verifier.isValid(null, SIGNATURE, body)).isFalse();
        assertThat(verifier.isValid(Long.toString(TIMESTAMP), null, body)).isFalse();
        assertThat(verifier.isValid("1531420618.5", SIGNATURE, body)).isFalse();
        assertThat(verifier.isValid(Long.toString(TIMESTAMP), SIGNATURE.replace("v0=", "v1="), body)).isFalse();
        assertThat(verifier.isValid(Long.toString(TIMESTAMP), SIGNATURE.toUpperCase(), body)).isFalse();
    }

    @Test
    void theFiveMinuteWindowHoldsBothWays() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Clock fiveMinutesLater = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 300), ZoneOffset.UTC);
        Clock justOverFiveMinutesLater = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 301), ZoneOffset.UTC);
        Clock fromTheFuture = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP - 301), ZoneOffset.UTC);

        assertThat(new SlackRequestVerifier(SECRET, fiveMinutesLater).isValid(Long.toString(TIMESTAMP), SIGNATURE, body)).isTrue();
        assertThat(new SlackRequestVerifier(SECRET, justOverFiveMinutesLater).isValid(Long.toString(TIMESTAMP), SIGNATURE, body)).isFalse();
        assertThat(new SlackRequestVerifier(SECRET, fromTheFuture).isValid(Long.toString(TIMESTAMP), SIGNATURE, body)).isFalse();
    }

    /** The MAC is keyed once and copied per check: one check must not leave anything behind for the next. */
    @Test
    void checksInARowAndOnManyThreadsAtOnceEachStandAlone() throws Exception {
        SlackRequestVerifier verifier = new SlackRequestVerifier(SECRET, atSigningTime);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] other = (BODY + "x").getBytes(StandardCharsets.UTF_8);

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean genuine = i % 2 == 0;
                checks.add(threads.submit(() -> verifier.isValid(Long.toString(TIMESTAMP), SIGNATURE, genuine ? body : other) == genuine));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
