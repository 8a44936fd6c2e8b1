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
     * The error code of a channel post whose call got no answer (Slack was slow to answer, or TechVoice stopped during the
     * call), and whose channel could not be read to see whether it arrived: it was not sent again.
     */
    String UNANSWERED_UNCHECKED = "unanswered_unchecked";

    /** Whether a failed message may be in Slack all the same, with no record of where: either code above. */
    static boolean mayHaveArrived(String error) {
        return error != null && (error.contains(INTERRUPTED_MID_CALL) || error.contains(UNANSWERED_UNCHECKED));
    }

    /** @param error Slack's error code (or what the worker recorded) for the failed message */
    String text(OutboundMessage failed, String error);
}
