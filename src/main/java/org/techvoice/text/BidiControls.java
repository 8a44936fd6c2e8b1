package org.techvoice.text;

import java.util.regex.Pattern;

/**
 * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): typed into a name or an
 * entry they reverse what follows ("Trojan Source"), e.g. to disguise a link or a file name. TechVoice never needs
 * them, so they are removed from everything it posts or writes: Slack messages (through {@code slack.Mrkdwn}) and
 * the draft's Word and Markdown files alike, which is why this rule lives outside the Slack adapters.
 */
public final class BidiControls {

    private static final Pattern RAW = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    /** The same characters as JSON escapes, as they may appear inside a Block Kit payload. */
    private static final Pattern JSON_ESCAPED = Pattern.compile("\\\\u(?:202[aAbBcCdDeE]|206[6-9])");

    private BidiControls() {
    }

    public static String removed(String text) {
        return text == null ? null : RAW.matcher(text).replaceAll("");
    }

    /** For a JSON payload already built: the controls removed whether written raw or as {@code \\u202e} escapes. */
    public static String removedFromJson(String json) {
        return json == null ? null : JSON_ESCAPED.matcher(removed(json)).replaceAll("");
    }
}
