package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.voice.EntryRejected;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;

/** {@code /tc celebrate @person <text>}: the person approves by DM before anything is posted. */
@Component
class CelebrateSubcommand implements TcSubcommand {

    private static final Logger log = LoggerFactory.getLogger(CelebrateSubcommand.class);

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
        String refusal = refusal(context, mention.get().userId(), payload.getTeamId());
        if (refusal != null) {
            return context.ack(SlackReplies.ephemeral(refusal));
        }
        try {
            var celebrated = celebrations.celebrate(payload.getTeamId(), payload.getUserId(), mention.get().userId(), mention.get().rest());
            return context.ack(SlackReplies.ephemeral(reply(celebrated, payload.getTeamId())));
        } catch (EntryRejected rejected) {
            return context.ack(SlackReplies.ephemeral(":warning: " + rejected.getMessage()));
        }
    }

    private String reply(CelebrationService.Celebrated celebrated, String teamId) {
        var a = celebrated.achievement();
        String themes = ThemeBlocks.line(a.themes(), celebrated.suggestions());
        return switch (celebrated.stage()) {
            case ASKED_FOR_CONSENT -> ":envelope: I've asked <@" + a.subjectUserId() + "> by DM whether they are happy to be celebrated "
                    + "in the technician network channel. Nothing is posted unless they approve. (" + a.reference() + ")\n" + themes;
            case POSTED -> ":tada: Posted in <#" + celebrations.networkChannel(teamId).orElse("") + ">. (" + a.reference() + ")\n" + themes;
            case WAITING_FOR_CHANNEL -> ":hourglass: Saved as " + a.reference() + ". It will be posted as soon as an admin sets the "
                    + "network channel with `/tc config network #channel`; I've let them know.\n" + themes;
        };
    }

    /** Null when the person can be celebrated; else what to tell whoever typed the command. */
    private static String refusal(SlashCommandContext context, String userId, String teamId) {
        if ("USLACKBOT".equals(userId)) {
            return ":robot_face: Slackbot does great work, but TechVoice celebrates people. Name a colleague instead.";
        }
        try {
            UsersInfoResponse info = context.client().usersInfo(r -> r.user(userId));
            if (!info.isOk()) {
                return "user_not_found".equals(info.getError())
                        ? ":thinking_face: I can't find that person in this workspace. Pick them from Slack's list as you type their @name."
                        : ":warning: I couldn't check who <@" + userId + "> is just now, so nothing was saved. Please try again in a minute.";
            }
            User user = info.getUser();
            if (user.isBot() || user.isAppUser()) {
                return ":robot_face: <@" + userId + "> is a bot: TechVoice celebrates people. Name a colleague instead.";
            }
            if (user.isDeleted()) {
                return ":wave: <@" + userId + ">'s account is deactivated, so they can't approve a celebration. Nothing was saved.";
            }
            if (user.getTeamId() != null && !user.getTeamId().equals(teamId)) {
                return ":globe_with_meridians: <@" + userId + "> is in another organisation's workspace; TechVoice celebrates people of "
                        + "this one. Nothing was saved.";
            }
            return null;
        } catch (Exception e) {
            log.warn("users.info failed for a celebration: {}", e.getMessage());
            return ":warning: I couldn't check who <@" + userId + "> is just now, so nothing was saved. Please try again in a minute.";
        }
    }
}
