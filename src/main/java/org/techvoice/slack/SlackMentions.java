package org.techvoice.slack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mention that starts a command's text. With the manifest's {@code should_escape} Slack sends
 * {@code <@U123|name>} (or {@code <@U123>}), channels as {@code <#C123|name>}, and broadcasts as {@code <!here>}.
 */
public final class SlackMentions {

    private static final Pattern USER = Pattern.compile("^<@([UW][A-Z0-9]{2,20})(?:\\|[^>]*)?>\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHANNEL = Pattern.compile("^<#([CG][A-Z0-9]{2,20})(?:\\|[^>]*)?>$");
    private static final Pattern BROADCAST = Pattern.compile("^<!(channel|here|everyone|subteam\\^)[^>]*>.*$", Pattern.DOTALL);

    private static final Pattern ANY_USER = Pattern.compile("<@([UW][A-Z0-9]{2,20})(?:\\|[^>]*)?>");

    private SlackMentions() {
    }

    /**
     * User text shown with its people mentions working ({@code <@U123>} names the person in each reader's Slack) and
     * everything else escaped, so a typed {@code <!here>} or link is shown, never interpreted.
     */
    public static String escapedKeepingPeople(String text) {
        StringBuilder shown = new StringBuilder();
        Matcher m = ANY_USER.matcher(text);
        int from = 0;
        while (m.find()) {
            shown.append(Mrkdwn.escape(text.substring(from, m.start()))).append("<@").append(m.group(1)).append('>');
            from = m.end();
        }
        return shown.append(Mrkdwn.escape(text.substring(from))).toString();
    }

    /** A user mention and the text after it. */
    public record UserMention(String userId, String rest) {
    }

    public static Optional<UserMention> leadingUser(String text) {
        Matcher m = USER.matcher(text.strip());
        return m.matches() ? Optional.of(new UserMention(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    public static boolean startsWithBroadcast(String text) {
        return BROADCAST.matcher(text.strip()).matches();
    }

    public static Optional<String> channel(String text) {
        Matcher m = CHANNEL.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
