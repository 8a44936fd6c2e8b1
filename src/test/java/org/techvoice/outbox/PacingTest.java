package org.techvoice.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.techvoice.outbox.OutboundMessage.Kind;
import org.techvoice.support.SettableClock;

class PacingTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-05T09:00:00Z"));
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
    void aClockThatGoesBackDoesNotHoldAChannelOrABucketForTheLostTime() {
        clock.advance(Duration.ofDays(3));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).isEmpty();
        for (int i = 0; i < 50; i++) {
            pacing.reserve("T1", Kind.UPDATE_MESSAGE, null);
        }
        assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("the Tier 3 minute is used up").isPresent();

        clock.advance(Duration.ofDays(-3));
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).as("not three days from now").isEmpty();
        assertThat(pacing.reserve("T1", Kind.POST_MESSAGE, "C1")).contains(clock.instant().plusSeconds(1));
        assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("the used-up minute still counts").isPresent();
        clock.advance(Duration.ofSeconds(60));
        assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("a minute later, Tier 3 has room again").isEmpty();
    }

    @Test
    void channelsPausesAndBucketsNoLongerInUseAreForgotten() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U" + i)).isEmpty();
        }
        pacing.reserve("T1", Kind.UPDATE_MESSAGE, null);
        pacing.pause("T1", Kind.UPLOAD_FILES, clock.instant().plusSeconds(30));
        assertThat(pacing.remembered()).isGreaterThanOrEqualTo(5_000);

        clock.advance(Duration.ofSeconds(2));
        assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U0")).as("a second later, the same person again").isEmpty();
        assertThat(pacing.remembered()).as("one channel and the pause still running; the Tier 3 bucket is full again").isEqualTo(2);
        assertThat(pacing.reserve("T1", Kind.UPLOAD_FILES, "U1")).as("a running pause is not forgotten").isPresent();

        clock.advance(Duration.ofMinutes(2));
        pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U1");
        assertThat(pacing.remembered()).isEqualTo(1);
    }

    @Test
    void tier3AllowsABurstOfFiftyThenAboutOneEveryOnePointTwoSeconds() {
        // chat.update is Tier 3; updates carry no channel of their own
        for (int i = 0; i < 50; i++) {
            assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("update %d", i).isEmpty();
        }
        Instant next = pacing.reserve("T1", Kind.UPDATE_MESSAGE, null).orElseThrow();
        assertThat(Duration.between(clock.instant(), next)).isBetween(Duration.ofMillis(1100), Duration.ofMillis(1300));
        assertThat(pacing.reserve("T2", Kind.UPDATE_MESSAGE, null)).as("other workspaces have their own allowance").isEmpty();

        clock.advance(Duration.ofMillis(1200));
        assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).isEmpty();
        assertThat(pacing.reserve("T1", Kind.UPDATE_MESSAGE, null)).isPresent();
    }

    @Test
    void aDirectMessageIsOnePostAndDrawsOnNoTier3Allowance() {
        // no conversations.open any more: two hundred DMs to two hundred people go at once when no message rate is set
        for (int i = 0; i < 200; i++) {
            assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U" + i)).as("DM %d", i).isEmpty();
        }
        assertThat(pacing.reserve("T1", Kind.DIRECT_MESSAGE, "U0")).as("still one a second per person").isPresent();
    }

    @Test
    void aWorkspaceMessageRateAllowsAQuarterSecondBurstThenSpacesPostsAndDms() {
        Pacing paced = new Pacing(with("techvoice.outbox.messages-per-minute", "3000"), clock);
        for (int i = 0; i < 12; i++) {
            assertThat(paced.reserve("T1", i % 2 == 0 ? Kind.DIRECT_MESSAGE : Kind.POST_MESSAGE, "U" + i)).as("message %d", i).isEmpty();
        }
        Instant next = paced.reserve("T1", Kind.DIRECT_MESSAGE, "U12").orElseThrow();
        assertThat(Duration.between(clock.instant(), next)).as("50 a second: the next in 20 ms").isEqualTo(Duration.ofMillis(20));
        assertThat(paced.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("updates are not posts").isEmpty();
        assertThat(paced.reserve("T2", Kind.DIRECT_MESSAGE, "U12")).as("another workspace").isEmpty();

        clock.advance(Duration.ofMillis(20));
        assertThat(paced.reserve("T1", Kind.DIRECT_MESSAGE, "U12")).isEmpty();
        assertThat(paced.reserve("T1", Kind.DIRECT_MESSAGE, "U13")).isPresent();
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 12; i++) {
            assertThat(paced.reserve("T1", Kind.POST_MESSAGE, "C" + i)).as("the burst never grows past a quarter second").isEmpty();
        }
        assertThat(paced.reserve("T1", Kind.POST_MESSAGE, "C12")).isPresent();
    }

    @Test
    void aKindNeedingTwoAllowancesTakesFromNeitherUnlessBothHaveRoom() {
        Pacing paced = new Pacing(with("techvoice.outbox.messages-per-minute", "60"), clock);
        assertThat(paced.reserve("T1", Kind.POST_MESSAGE, "C1")).isEmpty();
        // the message allowance (one a second) is spent: a canvas share, which ends with a DM, waits and takes no Tier 3 token
        assertThat(paced.reserve("T1", Kind.SHARE_CANVAS, "U1")).isPresent();
        for (int i = 0; i < 50; i++) {
            assertThat(paced.reserve("T1", Kind.UPDATE_MESSAGE, null)).as("Tier 3 untouched, update %d", i).isEmpty();
        }
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

    private static OutboxProperties with(String key, String value) {
        return new Binder(new MapConfigurationPropertySource(java.util.Map.of(key, value)))
                .bindOrCreate("techvoice.outbox", Bindable.of(OutboxProperties.class));
    }
}
