package org.techvoice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Whether TechVoice is answering Slack requests at the moment. The Slack platform reports each request it takes in
 * and answers; background work that competes with the acks for the CPU (the embedding job) asks {@link #busy()} and
 * waits. It sits outside every module so that the platform and the features can share it without depending on each
 * other.
 */
@Component
public class RequestTraffic {

    /**
     * How long after the last answer the app still counts as busy: requests come in bursts (a channel answering a
     * survey, a benchmark), and the next is then usually a few milliseconds behind the last.
     */
    public static final Duration QUIET_AFTER = Duration.ofMillis(200);

    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Instant lastAnswered = Instant.EPOCH;

    public RequestTraffic(Clock clock) {
        this.clock = clock;
    }

    /** A request arrived; every call is followed by one {@link #answered()}, whatever happened. */
    public void arrived() {
        inFlight.incrementAndGet();
    }

    public void answered() {
        lastAnswered = clock.instant();
        inFlight.decrementAndGet();
    }

    /** True while a request is being answered, and for {@link #QUIET_AFTER} after the last one was. */
    public boolean busy() {
        if (inFlight.get() > 0) {
            return true;
        }
        Instant now = clock.instant();
        // a clock set back (or a test's clock reset) must not make the app look busy until it catches up
        return !now.isBefore(lastAnswered) && now.isBefore(lastAnswered.plus(QUIET_AFTER));
    }
}
