package org.techvoice.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a command's text names. With {@code should_escape} on, Slack sends a chosen person as
 * {@code <@U123|name>}, a channel as {@code <#C123|name>}, a user group as {@code <!subteam^S123>} and
 * {@code @here}-style words as {@code <!here>}; anything else was typed by hand and names nobody.
 */
public record MentionedUser(String userId, String problem) {

    private static final Pattern USER = Pattern.compile("^<@([UW][A-Z0-9]+)(\\|[^>]*)?>$");

    public static MentionedUser parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return problem("Please mention the person with @, e.g. `@Alex Smith`.");
        }
        if (trimmed.split("\\s+").length > 1 && trimmed.startsWith("<@")) {
            return problem("Please mention one person at a time.");
        }
        Matcher user = USER.matcher(trimmed);
        if (user.matches()) {
            return new MentionedUser(user.group(1), null);
        }
        if (trimmed.startsWith("<#")) {
            return problem("That is a channel. Roles go to people: mention one person with @.");
        }
        if (trimmed.startsWith("<!subteam^")) {
            return problem("That is a user group. Roles go to one person at a time: mention them with @.");
        }
        if (trimmed.startsWith("<!")) {
            return problem("`@here`, `@channel` and `@everyone` name a crowd. Mention one person with @.");
        }
        return problem("I couldn't find a mention in \"" + SlackReplies.escape(SlackReplies.truncate(trimmed, 40))
                + "\". Start typing @ and pick the person from Slack's list.");
    }

    private static MentionedUser problem(String problem) {
        return new MentionedUser(null, problem);
    }

    public boolean found() {
        return userId != null;
    }
}
