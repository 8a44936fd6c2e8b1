package org.techvoice.outbox;

import java.time.Duration;

/** What one delivery attempt came to. */
public sealed interface DeliveryOutcome {

    /** Slack accepted it; {@code ts} may be null when Slack gives none (file shares). */
    record Delivered(String channel, String ts) implements DeliveryOutcome {
    }

    /**
     * It may work later (rate limit, 5xx, time-out, network).
     *
     * @param retryAfter what Slack asked for ({@code Retry-After}), or null to use the back-off
     */
    record Transient(String error, Duration retryAfter) implements DeliveryOutcome {
    }

    /**
     * The call went out and no answer came back (a time-out, a connection lost mid-call): Slack may have taken it.
     * Tried again like {@link Transient}, but a channel post is first looked for in its channel, so it is not posted
     * twice.
     */
    record Unanswered(String error) implements DeliveryOutcome {
    }

    /** It will never work as it stands ({@code channel_not_found}, {@code invalid_blocks}, ...). */
    record Permanent(String error) implements DeliveryOutcome {
    }
}
