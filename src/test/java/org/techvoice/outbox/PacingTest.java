package org.techvoice.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.techvoice.outbox.OutboundMessage.Kind;

class PacingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final Pacing pacing = new Pacing(defaults(), clock);

    @Test
    void oneMessageASecondPerChannel() {
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).isEmpty();
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).contains(clock.instant().plusSeconds(1));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C2")).as("another channel").isEmpty();
        assertThat(pacing.reserve("T2", Kind.POST_MESSAGE, "C1")).as("the same id in another workspace").isEmpty();

        clock.advance(Duration.ofMillis(999));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).isEmpty();
    }

    @Test
    void tier3AllowsABurstOfFiftyThenAboutOneEveryOnePointTwoSeconds() {
        for (int i = 0; i < 50; i++) {
            assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U" + i)).as("DM %d", i).isEmpty();
        }
        Instant next = pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U50").orElseThrow();
        assertThat(Duration.between(clock.instant(), next)).isBetween(Duration.ofMillis(1100), Duration.ofMillis(1300));
        assertThat(pacing.reserve("T2", Kind.DIRECT_MESSAGE, "U50")).as("other workspaces have their own allowance").isEmpty();

        clock.advance(Duration.ofMillis(1200));
        assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U50")).isEmpty();
        assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U51")).isPresent();
    }

    @Test
    void a429PausesThatKindOfCallForTheWorkspace() {
        Instant until = clock.instant().plusSeconds(30);
        pacing.pause("T1", Kind.POST_MESSAGE, until);

        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C9")).contains(until);
        assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U9")).isEmpty();
        assertThat(pacing.reserve("T2", Kind.POST_MESSAGE, "C9")).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C9")).isEmpty();
    }

    private static OutboxProperties defaults() {
        return new Binder(new MapConfigurationPropertySource()).bindOrCreate("techvoice.outbox", Bindable.of(OutboxProperties.class));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
