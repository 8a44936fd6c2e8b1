package org.techvoice.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Runs the steps oldest first (steps of one day in the order given), each during a working day in {@code zone}, so
     * what the services stamp (a celebration's date, a survey opening and closing, an action's update) falls on that day.
     * A step dated today runs no later than now.
     */
    void replay(List<SampleInstitution.Dated> steps, ZoneId zone) {
        List<SampleInstitution.Dated> inOrder = steps.stream().sorted(Comparator.comparing(SampleInstitution.Dated::day)).toList();
        int minute = 0;
        java.time.LocalDate day = null;
        for (SampleInstitution.Dated dated : inOrder) {
            minute = dated.day().equals(day) ? minute + 7 : 0;
            day = dated.day();
            Instant moment = dated.day().atTime(9, 30).plusMinutes(minute % 480).atZone(zone).toInstant();
            if (moment.isAfter(realInstant())) {
                moment = realInstant();
            }
            at(moment, () -> {
                dated.step().run();
                return null;
            });
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
