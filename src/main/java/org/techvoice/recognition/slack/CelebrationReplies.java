package org.techvoice.recognition.slack;

import java.util.Optional;

import org.techvoice.recognition.CelebrationRefused;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.themes.slack.ThemeBlocks;

/** What the celebrator is told, by the command and the celebrate form alike. */
final class CelebrationReplies {

    private static final String SLACKBOT = "USLACKBOT";

    private CelebrationReplies() {
    }

    /** Why the person named cannot be celebrated; nothing was saved. */
    static String refusal(CelebrationRefused refused) {
        String who = "<@" + refused.subjectUserId() + ">";
        return switch (refused.reason()) {
            case BOT -> SLACKBOT.equals(refused.subjectUserId())
                    ? ":robot_face: Slackbot does great work, but TechVoice celebrates people. Name a colleague instead."
                    : ":robot_face: " + who + " is a bot: TechVoice celebrates people. Name a colleague instead.";
            case NOT_FOUND -> ":thinking_face: I can't find that person in this workspace. Pick them from Slack's list as you type their @name.";
            case DEACTIVATED -> ":wave: " + who + "'s account is deactivated, so they can't approve a celebration. Nothing was saved.";
            case OTHER_ORGANISATION -> ":globe_with_meridians: " + who + " is in another organisation's workspace; TechVoice celebrates people of "
                    + "this one. Nothing was saved.";
            case DIRECTORY_UNAVAILABLE -> ":warning: I couldn't check who " + who + " is just now, so nothing was saved. Please try again in a minute.";
        };
    }

    /** The same refusal as a form error: no emoji, which Slack shows as text under a field. */
    static String fieldRefusal(CelebrationRefused refused) {
        return refusal(refused).replaceFirst("^:[a-z_]+: ", "");
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
