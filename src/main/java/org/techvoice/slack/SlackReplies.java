package org.techvoice.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;

import org.techvoice.slack.Mrkdwn;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;

/** Small builders for the replies every listener needs, so wording and limits live in one place. */
public final class SlackReplies {

    /** Slack's limit for the text of a section block. */
    public static final int SECTION_TEXT_LIMIT = 3000;
    /** Slack's limit for blocks in one message. */
    public static final int MESSAGE_BLOCK_LIMIT = 50;

    public static final String FAILED =
            ":warning: Sorry, something went wrong on our side and nothing was saved. Please try again in a minute.";

    private SlackReplies() {
    }

    public static SlashCommandResponse ephemeral(String mrkdwn) {
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(truncate(mrkdwn, SECTION_TEXT_LIMIT)))));
        return ephemeral(FallbackText.of(blocks), blocks);
    }

    public static SlashCommandResponse ephemeral(String fallback, List<LayoutBlock> blocks) {
        List<LayoutBlock> limited = blocks.size() > MESSAGE_BLOCK_LIMIT ? blocks.subList(0, MESSAGE_BLOCK_LIMIT) : blocks;
        return SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(truncate(fallback, SECTION_TEXT_LIMIT))
                .blocks(limited)
                .build();
    }

    /** Cuts text to Slack's limits without splitting a surrogate pair. */
    public static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Neutralises Slack's control characters so user text is shown, never interpreted. */
    public static String escape(String text) {
        return Mrkdwn.escape(text);
    }
}
