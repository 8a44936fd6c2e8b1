package org.techvoice.playground;

import java.util.Comparator;
import java.util.List;

/**
 * What Slack does to a slash command's text when the command has {@code should_escape: true} (TechVoice's manifest
 * does): a typed {@code @Name} becomes {@code <@U…|handle>}, {@code #channel} becomes {@code <#C…|channel>}, and
 * {@code @channel}, {@code @here}, {@code @everyone} and user groups become their special mentions. Text that is
 * already escaped is left as it is.
 */
final class CommandEscaping {

    private static final List<String> SPECIAL = List.of("channel", "here", "everyone");

    private CommandEscaping() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
            if (c == '<') {
                int end = text.indexOf('>', i);
                if (end > i) {
                    out.append(text, i, end + 1);
                    i = end + 1;
                    continue;
                }
            }
            if (c == '@' && wordStart) {
                Replacement mention = mention(text, i + 1);
                if (mention != null) {
                    out.append(mention.escaped());
                    i = i + 1 + mention.length();
                    continue;
                }
            }
            if (c == '#' && wordStart && startsWithWord(text, i + 1, Personas.NETWORK_CHANNEL_NAME)) {
                out.append("<#").append(Personas.NETWORK_CHANNEL).append('|').append(Personas.NETWORK_CHANNEL_NAME).append('>');
                i = i + 1 + Personas.NETWORK_CHANNEL_NAME.length();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private record Replacement(String escaped, int length) {
    }

    /** The longest persona name or handle, special mention or user group starting at {@code from}. */
    private static Replacement mention(String text, int from) {
        for (String special : SPECIAL) {
            if (startsWithWord(text, from, special)) {
                return new Replacement("<!" + special + ">", special.length());
            }
        }
        if (startsWithWord(text, from, "technicians")) {
            return new Replacement("<!subteam^" + SlackDirectory.TECHNICIANS_GROUP + "|@technicians>", "technicians".length());
        }
        List<Persona> longestFirst = Personas.everyone()
                .sorted(Comparator.comparingInt((Persona p) -> p.name().length()).reversed()).toList();
        for (Persona persona : longestFirst) {
            for (String name : List.of(persona.name(), persona.handle(), withoutTitle(persona.name()))) {
                if (startsWithWord(text, from, name)) {
                    return new Replacement("<@" + persona.id() + "|" + persona.handle() + ">", name.length());
                }
            }
        }
        if (startsWithWord(text, from, Personas.BOT_NAME)) {
            return new Replacement("<@" + Personas.BOT_USER + "|techvoice>", Personas.BOT_NAME.length());
        }
        return null;
    }

    private static String withoutTitle(String name) {
        return name.startsWith("Dr ") ? name.substring(3) : name;
    }

    /** {@code word} at {@code from}, case-insensitively, not followed by a letter or digit. */
    private static boolean startsWithWord(String text, int from, String word) {
        if (!text.regionMatches(true, from, word, 0, word.length())) {
            return false;
        }
        int end = from + word.length();
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
