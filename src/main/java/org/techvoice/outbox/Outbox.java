package org.techvoice.outbox;

import java.util.List;
import java.util.Optional;

/**
 * Where features put Slack calls that must happen. {@link #enqueue} joins the caller's transaction,
 * so the call is sent if and only if the change that caused it commits; a worker delivers it later,
 * retrying as Slack requires.
 */
public interface Outbox {

    /** Records the call; a second enqueue with the same team and idempotency key is ignored. */
    void enqueue(OutboundMessage message);

    /**
     * Records many calls in the caller's transaction, as {@link #enqueue} each would (keys already there, or repeated
     * in the list, are ignored); for a fan-out, where one look-up for the keys beats one per message.
     */
    default void enqueueAll(List<OutboundMessage> messages) {
        messages.forEach(this::enqueue);
    }

    /**
     * As {@link #enqueueAll}, but the calls are delivered after everything else that is due (in any workspace), so a
     * large fan-out of routine updates never holds back a message someone is waiting for.
     */
    default void enqueueInBackground(List<OutboundMessage> messages) {
        enqueueAll(messages);
    }

    /** The idempotency keys in this workspace that start with {@code prefix} (no SQL wildcards), e.g. every reminder of a survey. */
    List<String> keysStartingWith(String teamId, String prefix);

    /** The {@code ts} Slack gave the message posted under this key, once delivered. */
    Optional<DeliveredMessage> delivered(String teamId, String idempotencyKey);

    /**
     * The idempotency key of the message Slack gave this channel and ts, so an event about a message (a reaction)
     * can be traced back to what posted it. Empty for messages the outbox did not post, or not in this workspace.
     */
    Optional<String> keyOfDelivered(String teamId, String channel, String ts);

    /** Where and when a message landed. */
    record DeliveredMessage(String channel, String ts) {
    }
}
