package org.techvoice.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with jitter, so many rows failing together do not retry in lock-step. */
final class Backoff {

    private final Duration initial;
    private final Duration max;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /**
     * @param attempts   attempts made so far (at least 1)
     * @param retryAfter what Slack asked for, which wins over the back-off when present
     */
    Duration delay(int attempts, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long ceiling = max.toMillis();
        long exponential = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(Math.max(exponential, 1), ceiling);
        // "equal jitter": at least half the back-off, so a retry never comes right back
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
