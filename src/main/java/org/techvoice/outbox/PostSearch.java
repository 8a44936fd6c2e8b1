package org.techvoice.outbox;

/**
 * What looking for a channel post in its channel's messages came to, when the call that made it may have landed
 * unanswered or was cut short ({@link OutboundDelivery#findPost}). Three answers, because "not there" and "could not
 * look" call for opposite things: posting it now, or not posting it blind.
 */
public sealed interface PostSearch {

    /** It is there. */
    record Found(Outbox.DeliveredMessage where) implements PostSearch {
    }

    /** The channel's messages since then were read, and it is not among them: it never reached Slack. */
    record Absent() implements PostSearch {
    }

    /**
     * The channel's messages could not be read.
     *
     * @param later true when asking again later may work (the network, Slack's limits); false when it will not (a
     *              scope not granted, a channel the app is not in)
     */
    record Unknown(String why, boolean later) implements PostSearch {
    }
}
