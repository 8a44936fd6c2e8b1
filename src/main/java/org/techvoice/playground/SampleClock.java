package org.techvoice.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The playground's clock: real time, except on the thread loading the sample institution while it enters one of
 * the sample's days. The sample is entered through the same services as the {@code /tc} commands, and those stamp
 * what they store with the clock (a celebration's date, a survey opening and closing); moving the clock back for
 * that one step lets a four-month history be entered as it would have happened, without a back door into any
 * feature's tables. Only the loading thread sees the past, so scheduled jobs, the outbox and every request keep real
 * time.
 */
final class SampleClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Duration> back = new ThreadLocal<>();

    SampleClock(Clock real) {
        this.real = real;
    }

    /** Runs {@code step} on this thread as if it were {@code moment}; other threads are unaffected. */
    <T> T at(Instant moment, Supplier<T> step) {
        Duration before = back.get();
        back.set(Duration.between(moment, real.instant()));
        try {
            return step.get();
        } finally {
            if (before == null) {
                back.remove();
            } else {
                back.set(before);
            }
        }
    }

    /** The real time, whatever this thread is replaying. */
    Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        Duration offset = back.get();
        return offset == null ? real.instant() : real.instant().minus(offset);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a zoned view that still follows this thread's replayed day (Clock.withZone of the real clock would not)
        SampleClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
