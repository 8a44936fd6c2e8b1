package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.techvoice.support.SettableClock;

class RequestTrafficTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final RequestTraffic traffic = new RequestTraffic(clock);

    @Test
    void anAppThatHasAnsweredNothingIsQuiet() {
        assertThat(traffic.busy()).isFalse();
    }

    @Test
    void busyWhileARequestIsBeingAnsweredHoweverLongItTakes() {
        traffic.arrived();
        clock.advance(Duration.ofSeconds(5));

        assertThat(traffic.busy()).isTrue();
    }

    @Test
    void busyForAMomentAfterTheLastAnswerThenQuiet() {
        traffic.arrived();
        traffic.arrived();
        traffic.answered();
        assertThat(traffic.busy()).as("one of two still in flight").isTrue();
        traffic.answered();

        clock.advance(RequestTraffic.QUIET_AFTER.minusMillis(1));
        assertThat(traffic.busy()).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(traffic.busy()).isFalse();
    }

    @Test
    void aClockSetBackDoesNotKeepTheAppBusy() {
        traffic.arrived();
        traffic.answered();

        clock.advance(Duration.ofHours(-1));

        assertThat(traffic.busy()).isFalse();
    }
}
