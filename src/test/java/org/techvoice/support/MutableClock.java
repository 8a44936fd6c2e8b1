package org.techvoice.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs with real time but can be moved forward, so a test can reach a deadline (a grace period,
 * an expiry) without waiting, or be {@link #set} to a given moment (surveys: a Monday morning in London).
 * {@link #reset()} after each test: request signatures are checked against it (or sign with it: SlackTestClient(port, clock)).
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Jumps to {@code instant}, from where time runs on. */
    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("TechVoice works in UTC");
    }
}
