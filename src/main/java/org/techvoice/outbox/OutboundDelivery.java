package org.techvoice.outbox;

/**
 * The port through which the outbox reaches Slack; the slack adapter implements it. One call is one
 * attempt: retrying, pacing and recording are the outbox's business.
 */
public interface OutboundDelivery {

    /**
     * Makes the call described by {@code message}.
     *
     * @param target for {@link OutboundMessage.Kind#UPDATE_MESSAGE}: where the message to update landed;
     *               null for every other kind
     */
    DeliveryOutcome deliver(OutboundMessage message, Outbox.DeliveredMessage target);

    /**
     * Where a channel post of this app landed when the call that made it was cut short or went unanswered (so no answer
     * was recorded): looked up in the channel's messages since {@code notBefore}.
     */
    PostSearch findPost(OutboundMessage posted, java.time.Instant notBefore);
}
