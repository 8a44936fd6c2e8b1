package org.techvoice.slack;

import java.util.regex.Pattern;

/**
 * User-typed text as the bot shows it: escaped per Slack's rules so {@code <!channel>}, user-group and user
 * mentions are displayed rather than acted on, and bare {@code @channel}/{@code @here}/{@code @everyone} broken
 * with an invisible word joiner in case a surface parses them. Emoji and all other Unicode stay as typed.
 */
public final class UserText {

    private static final Pattern BROADCAST = Pattern.compile("(?i)@(channel|here|everyone)\\b");

    private UserText() {
    }

    public static String shown(String text) {
        return BROADCAST.matcher(SlackReplies.escape(text)).replaceAll("@\u2060$1");
    }

    /** Shown and cut to fit one section block. */
    public static String section(String text) {
        return SlackReplies.truncate(shown(text), SlackReplies.SECTION_TEXT_LIMIT);
    }

    /**
     * A short one-line preview in which people mentions ({@code <@U123>}) still name the person, as an action's lead
     * typed as an @mention should read wherever the bot shows it; everything else as {@link #shown}.
     */
    public static String previewKeepingPeople(String text, int limit) {
        return BROADCAST.matcher(SlackMentions.escapedKeepingPeople(SlackReplies.truncate(text.replaceAll("\\s+", " "), limit)))
                .replaceAll("@\u2060$1");
    }

    /** A short one-line preview, e.g. for lists. */
    public static String preview(String text, int limit) {
        return shown(SlackReplies.truncate(text.replaceAll("\\s+", " "), limit));
    }
}
