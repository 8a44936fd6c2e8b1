package org.techvoice.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;

/**
 * A message's fallback text (notifications, screen readers, clients without Block Kit), made from its blocks so it
 * always says what they say: the text of its headers, sections and contexts, one per line, with mrkdwn's emoji codes
 * and emphasis markers dropped (a notification shows them literally). Mentions, links and dates stay, since Slack
 * renders them in the fallback too.
 */
public final class FallbackText {

    private FallbackText() {
    }

    public static String of(List<LayoutBlock> blocks) {
        List<String> lines = new ArrayList<>();
        for (LayoutBlock block : blocks) {
            if (block instanceof HeaderBlock header) {
                add(lines, header.getText());
            } else if (block instanceof SectionBlock section) {
                add(lines, section.getText());
                if (section.getFields() != null) {
                    section.getFields().forEach(field -> add(lines, field));
                }
            } else if (block instanceof ContextBlock context && context.getElements() != null) {
                context.getElements().stream().filter(TextObject.class::isInstance).forEach(e -> add(lines, (TextObject) e));
            }
        }
        return String.join("\n", lines);
    }

    private static void add(List<String> lines, TextObject text) {
        String shown = text instanceof MarkdownTextObject mrkdwn ? plain(mrkdwn.getText())
                : text instanceof PlainTextObject plainText ? plainText.getText() : null;
        if (shown != null && !shown.isBlank()) {
            lines.add(shown.strip());
        }
    }

    /**
     * Drops {@code :emoji:} codes (with the space after them) and the {@code * _ `} markers, character by character,
     * except inside Slack's markup ({@code <@U…>}, {@code <#C…>}, {@code <!date^…>}, {@code <https://…|…>}), which is
     * kept whole: a date's {@code {date_short_pretty}} without its underscores is no token Slack knows. Text a person
     * wrote reaches mrkdwn escaped ({@code &lt;}), so a {@code <} here always opens markup.
     */
    static String plain(String mrkdwn) {
        if (mrkdwn == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(mrkdwn.length());
        int i = 0;
        while (i < mrkdwn.length()) {
            char c = mrkdwn.charAt(i);
            int close = c == '<' ? mrkdwn.indexOf('>', i) : -1;
            if (close > 0) {
                out.append(mrkdwn, i, close + 1);
                i = close + 1;
                continue;
            }
            int end = c == ':' ? emojiEnd(mrkdwn, i) : -1;
            if (end > 0) {
                i = end < mrkdwn.length() && mrkdwn.charAt(end) == ' ' ? end + 1 : end;
            } else {
                if (c != '*' && c != '_' && c != '`') {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** The index after an emoji code starting at {@code start} ({@code :name:}, name of a-z 0-9 _ + -), else -1. */
    private static int emojiEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && isEmojiNameChar(text.charAt(i))) {
            i++;
        }
        return i > start + 1 && i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
    }

    private static boolean isEmojiNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
    }
}
