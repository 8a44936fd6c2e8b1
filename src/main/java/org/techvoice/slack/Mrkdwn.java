package org.techvoice.slack;

import org.techvoice.text.BidiControls;

/**
 * Slack's mrkdwn, for features that write the text of the messages they queue: what people typed is escaped so it is
 * shown, never interpreted as a mention, link or channel-wide ping; and text is neutralised so it cannot pretend to
 * be something else. The one place TechVoice's Slack escaping rules live (the outbound delivery uses it too); the
 * bidi-control rule, which the draft's files share, is {@link BidiControls}.
 */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /** For mrkdwn (and a message's fallback text): Slack's three control characters escaped, bidi controls removed. */
    public static String escape(String text) {
        return withoutBidiControls(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * For plain text that Slack shows as it is (a canvas or file title, a file name), where an entity would be shown
     * literally: bidi controls removed and angle brackets replaced by look-alikes, so nothing reads as a mention or link.
     */
    public static String plain(String text) {
        return withoutBidiControls(text).replace('<', '‹').replace('>', '›');
    }

    public static String withoutBidiControls(String text) {
        return BidiControls.removed(text);
    }

    /** For a JSON payload already built: bidi controls removed whether written raw or as {@code \\u202e} escapes. */
    public static String withoutBidiControlsInJson(String json) {
        return BidiControls.removedFromJson(json);
    }
}
