package org.techvoice.recognition.slack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;

/** What the command and the celebrate form share: who can be celebrated, and what the celebrator is told. */
final class CelebrationChecks {

    private static final Logger log = LoggerFactory.getLogger(CelebrationChecks.class);

    private CelebrationChecks() {
    }

    /** Null when the person can be celebrated; else what to tell whoever asked. Asks Slack (users.info). */
    static String refusal(MethodsClient client, String userId, String teamId) {
        if ("USLACKBOT".equals(userId)) {
            return ":robot_face: Slackbot does great work, but TechVoice celebrates people. Name a colleague instead.";
        }
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
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

    static String reply(CelebrationService.Celebrated celebrated, Optional<String> networkChannel) {
        var a = celebrated.achievement();
        String themes = ThemeBlocks.line(a.themes(), celebrated.suggestions());
        return switch (celebrated.stage()) {
            case ASKED_FOR_CONSENT -> ":envelope: I've asked <@" + a.subjectUserId() + "> by DM whether they are happy to be celebrated "
                    + "in the technician network channel. Nothing is posted unless they approve. (" + a.reference() + ")\n" + themes;
            case POSTED -> ":tada: Posted in <#" + networkChannel.orElse("") + ">. (" + a.reference() + ")\n" + themes;
            case WAITING_FOR_CHANNEL -> ":hourglass: Saved as " + a.reference() + ". It will be posted as soon as an admin sets the "
                    + "network channel with `/tc config network #channel`; I've let them know.\n" + themes;
        };
    }
}
