package org.techvoice.understanding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.techvoice.RequestTraffic;

/**
 * When the embedding job may take its next text: at once while the app is idle, and while Slack requests are
 * arriving only once they pause ({@link RequestTraffic}), so an embedding never competes with an ack for the CPU.
 * Traffic that never pauses cannot hold a text back for more than {@link #LONGEST_WAIT}: the job then embeds one
 * text and waits again, so a busy hour's entries still get their vectors, slowly, rather than never.
 */
final class EmbeddingPace {

    /** How often the job looks again while requests are arriving. */
    static final Duration LOOK_AGAIN_AFTER = Duration.ofMillis(50);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final RequestTraffic traffic;
    private final Clock clock;

    EmbeddingPace(RequestTraffic traffic, Clock clock) {
        this.traffic = traffic;
        this.clock = clock;
    }

    /**
     * @param waitingSince when the job became ready to embed the text
     * @return how long to wait before looking again; zero means embed now
     */
    Duration waitBeforeNext(Instant waitingSince) {
        if (!traffic.busy()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(waitingSince, clock.instant()).negated().plus(LONGEST_WAIT);
        if (left.isNegative() || left.isZero()) {
            return Duration.ZERO;
        }
        return left.compareTo(LOOK_AGAIN_AFTER) < 0 ? left : LOOK_AGAIN_AFTER;
    }
}
