package org.techvoice.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers ({@code techvoice.outbox.*}).
 *
 * @param pollDelay      pause between delivery runs; the {@code @Scheduled} job reads the same key
 * @param batchSize      rows a run holds claimed at a time (claimed in one transaction, then started as pacing allows)
 * @param concurrency    Slack calls under way at once, each from its own thread; pacing still spaces them
 * @param runBudget      a run stops claiming after this long, so other work (and other instances) get their turn
 * @param lease          how long a claimed row belongs to the instance that claimed it; after that another
 *                       instance recovers it (the claimer is presumed dead)
 * @param callTimeout    longest a single Slack Web API call may take before it counts as a time-out
 * @param initialBackoff first retry delay after a transient failure; doubled per attempt, with jitter
 * @param maxBackoff     ceiling of the retry delay
 * @param giveUpAfter    a message still not accepted this long after it was enqueued is marked FAILED
 * @param updateWait     how long an update waits before looking again for the message it updates
 * @param channelInterval least time between two messages to one channel or person (Slack: about 1 a second)
 * @param messagesPerMinute per-workspace rate of {@code chat.postMessage} calls (posts and DMs); 0 for none on our side.
 *                       Slack keeps a workspace-wide limit but publishes no number; its 429s are honoured either way
 * @param tier3PerMinute  per-workspace rate of Tier 3 calls ({@code chat.update}, canvases); 0 for no limit
 * @param tier4PerMinute  per-workspace rate of Tier 4 calls (file uploads); 0 for no limit
 */
@ConfigurationProperties("techvoice.outbox")
public record OutboxProperties(
        @DefaultValue("200ms") Duration pollDelay,
        @DefaultValue("50") int batchSize,
        @DefaultValue("4") int concurrency,
        @DefaultValue("20s") Duration runBudget,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration callTimeout,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("6h") Duration giveUpAfter,
        @DefaultValue("1s") Duration updateWait,
        @DefaultValue("1s") Duration channelInterval,
        @DefaultValue("0") int messagesPerMinute,
        @DefaultValue("50") int tier3PerMinute,
        @DefaultValue("100") int tier4PerMinute) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("techvoice.outbox.batch-size must be at least 1");
        }
        if (concurrency < 1 || concurrency > 32) {
            throw new IllegalArgumentException("techvoice.outbox.concurrency must be between 1 and 32");
        }
        if (lease.compareTo(callTimeout.multipliedBy(2)) < 0) {
            // a lease shorter than a call could expire while the call is still running, and the row be sent twice
            throw new IllegalArgumentException("techvoice.outbox.lease must be at least twice techvoice.outbox.call-timeout");
        }
    }
}
