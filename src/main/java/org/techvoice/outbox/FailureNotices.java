package org.techvoice.outbox;

/**
 * The words of the DM telling someone that a message they caused could not be delivered; implemented by the Slack
 * adapter, which knows how Slack's error codes read to a person.
 */
public interface FailureNotices {

    /**
     * The error code of a message whose call was under way when its instance died: it may be in Slack, where is
     * unknown, so an update of it cannot be made either.
     */
    String INTERRUPTED_MID_CALL = "interrupted_mid_call";

    /**
     * The error code of a channel post whose call went out and was never answered (a time-out), and whose channel could
     * not be read to see whether it arrived: it was not sent again.
     */
    String UNANSWERED_UNCHECKED = "unanswered_unchecked";

    /** @param error Slack's error code (or what the worker recorded) for the failed message */
    String text(OutboundMessage failed, String error);
}
