package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.techvoice.RequestTraffic;
import org.techvoice.support.SettableClock;

/** The embedding job yields to Slack traffic, on a clock that stands still: no sleeps, no timing luck. */
class EmbeddingPaceTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final RequestTraffic traffic = new RequestTraffic(clock);
    private final EmbeddingPace pace = new EmbeddingPace(traffic, clock);

    @Test
    void anIdleAppIsEmbeddedForAtOnce() {
        assertThat(pace.waitBeforeNext(clock.instant())).isZero();
    }

    @Test
    void whileARequestIsInFlightTheJobWaitsAndLooksAgainSoon() {
        traffic.arrived();

        assertThat(pace.waitBeforeNext(clock.instant())).isEqualTo(EmbeddingPace.LOOK_AGAIN_AFTER);
    }

    @Test
    void theJobGoesOnOnceRequestsPause() {
        Instant since = clock.instant();
        traffic.arrived();
        traffic.answered();
        clock.advance(Duration.ofMillis(100));
        assertThat(pace.waitBeforeNext(since)).as("answered 100 ms ago: more may follow").isPositive();

        clock.advance(RequestTraffic.QUIET_AFTER);

        assertThat(pace.waitBeforeNext(since)).isZero();
    }

    @Test
    void trafficThatNeverPausesHoldsATextBackForAtMostTheLongestWait() {
        Instant since = clock.instant();
        traffic.arrived();

        clock.advance(EmbeddingPace.LONGEST_WAIT.minusMillis(20));
        assertThat(pace.waitBeforeNext(since)).as("never past the longest wait").isEqualTo(Duration.ofMillis(20));
        clock.advance(Duration.ofMillis(20));

        assertThat(pace.waitBeforeNext(since)).isZero();
        // the next text waits again
        assertThat(pace.waitBeforeNext(clock.instant())).isEqualTo(EmbeddingPace.LOOK_AGAIN_AFTER);
    }
}
