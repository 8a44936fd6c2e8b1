package org.techvoice.recognition.slack;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.CelebrationRefused;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.slack.SlackMentions;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc celebrate @person <text>}: the person approves by DM before anything is posted. */
@Component
class CelebrateSubcommand implements TcSubcommand {

    static final String EXAMPLE = "celebrate @Sam Patel became a Registered Science Technician (RSciTech)";

    private final CelebrationService celebrations;

    CelebrateSubcommand(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @Override
    public String name() {
        return "celebrate";
    }

    @Override
    public String usage() {
        return "@person <achievement>";
    }

    @Override
    public String summary() {
        return "Celebrate a colleague's achievement (registration, award, promotion, qualification...). They approve it by DM "
                + "before it is posted in the technician-network channel. Name yourself to share your own.";
    }

    @Override
    public String example() {
        return EXAMPLE;
    }

    @Override
    public int helpOrder() {
        return 30;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        if (argument.isEmpty()) {
            return context.ack(SlackReplies.ephemeral("Who are you celebrating, and for what? For example: `/tc " + EXAMPLE + "`"));
        }
        if (SlackMentions.startsWithBroadcast(argument)) {
            return context.ack(SlackReplies.ephemeral(":no_entry: You can't celebrate a whole channel or group at once: name one "
                    + "person, e.g. `/tc " + EXAMPLE + "`"));
        }
        var mention = SlackMentions.leadingUser(argument);
        if (mention.isEmpty()) {
            return context.ack(SlackReplies.ephemeral(":thinking_face: Start with the person's @name (pick them from Slack's list as "
                    + "you type), then the achievement. For example: `/tc " + EXAMPLE + "`"));
        }
        if (mention.get().rest().isEmpty()) {
            return context.ack(SlackReplies.ephemeral("What are you celebrating <@" + mention.get().userId() + "> for? For example: `/tc "
                    + EXAMPLE + "`"));
        }
        try {
            var celebrated = celebrations.celebrate(payload.getTeamId(), payload.getUserId(), mention.get().userId(), mention.get().rest());
            return context.ack(SlackReplies.ephemeral(CelebrationReplies.reply(celebrated, celebrations.networkChannel(payload.getTeamId()))));
        } catch (CelebrationRefused refused) {
            return context.ack(SlackReplies.ephemeral(CelebrationReplies.refusal(refused)));
        } catch (EntryRejected rejected) {
            return context.ack(SlackReplies.ephemeral(":warning: " + EntryRefusals.text(rejected)));
        }
    }
}
