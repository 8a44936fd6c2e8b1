package org.techvoice.slack;

import java.util.regex.Pattern;

/**
 * Slack's mrkdwn, for features that write the text of the messages they queue: what people typed is escaped so it is
 * shown, never interpreted as a mention, link or channel-wide ping; and text is neutralised so it cannot pretend to
 * be something else. The one place TechVoice's escaping rules live (the draft's renderers and the outbound delivery
 * use it too).
 */
public final class Mrkdwn {

    /**
     * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): typed into a name or
     * an entry they reverse what follows ("Trojan Source"), e.g. to disguise a link or a file name. TechVoice never
     * needs them, so they are removed from everything it posts or writes.
     */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    /** The same characters as JSON escapes, as they may appear inside a Block Kit payload. */
    private static final Pattern ESCAPED_BIDI_CONTROLS = Pattern.compile("\\\\u(?:202[aAbBcCdDeE]|206[6-9])");

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
        return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
    }

    /** For a JSON payload already built: bidi controls removed whether written raw or as {@code \\u202e} escapes. */
    public static String withoutBidiControlsInJson(String json) {
        return json == null ? null : ESCAPED_BIDI_CONTROLS.matcher(withoutBidiControls(json)).replaceAll("");
    }
}
