package org.techvoice.recognition.slack;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.OwnEntries;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc mine}: one's own entries, with edit and delete. */
@Component
class MineSubcommand implements TcSubcommand {

    private final OwnEntries entries;

    MineSubcommand(OwnEntries entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return "mine";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Lists what you logged and were celebrated for, with edit and delete.";
    }

    @Override
    public String example() {
        return "mine";
    }

    @Override
    public int helpOrder() {
        return 40;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        var mine = entries.list(payload.getTeamId(), payload.getUserId());
        return context.ack(SlackReplies.ephemeral("Your TechVoice entries: " + mine.size(), MineBlocks.list(mine, null)));
    }
}
