package org.techvoice.slack;

/**
 * Slack's mrkdwn, for features that write the text of the messages they queue: what people typed is escaped so it is
 * shown, never interpreted as a mention, link or channel-wide ping.
 */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Neutralises Slack's three control characters, as Slack's formatting guide asks. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
