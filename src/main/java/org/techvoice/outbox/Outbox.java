package org.techvoice.outbox;

import java.util.Optional;

/**
 * Where features put Slack calls that must happen. {@link #enqueue} joins the caller's transaction,
 * so the call is sent if and only if the change that caused it commits; a worker delivers it later,
 * retrying as Slack requires.
 */
public interface Outbox {

    /** Records the call; a second enqueue with the same team and idempotency key is ignored. */
    void enqueue(OutboundMessage message);

    /** The {@code ts} Slack gave the message posted under this key, once delivered. */
    Optional<DeliveredMessage> delivered(String teamId, String idempotencyKey);

    /** Where and when a message landed. */
    record DeliveredMessage(String channel, String ts) {
    }
}
