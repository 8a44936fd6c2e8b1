package org.techvoice.outbox;

/**
 * The words of the DM telling someone that a message they caused could not be delivered; implemented by the Slack
 * adapter, which knows how Slack's error codes read to a person.
 */
public interface FailureNotices {

    /** @param error Slack's error code (or what the worker recorded) for the failed message */
    String text(OutboundMessage failed, String error);
}
