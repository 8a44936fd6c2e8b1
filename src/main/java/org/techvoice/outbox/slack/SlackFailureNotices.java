package org.techvoice.outbox.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.outbox.FailureNotices;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.slack.Mrkdwn;

/** The DM telling someone that a message they caused could not be delivered, in Slack's words and markup. */
@Component
class SlackFailureNotices implements FailureNotices {

    private static final int QUOTE_LIMIT = 300;
    private static final String MAY_HAVE_ARRIVED = ", so it may already have arrived, and I could not check, so I did not "
            + "send it again. If it is not there, please send it yourself.";

    @Override
    public String text(OutboundMessage failed, String error) {
        if (failed.kind() == OutboundMessage.Kind.CREATE_CANVAS) {
            return canvas(failed.text(), error);
        }
        String where = switch (failed.kind()) {
            case POST_MESSAGE, UPLOAD_FILES -> failed.channel() == null ? "" : " to " + mention(failed.channel());
            case DIRECT_MESSAGE -> " to <@" + failed.channel() + ">";
            case UPDATE_MESSAGE, SHARE_CANVAS -> " (an update to an earlier message)";
            case CREATE_CANVAS -> throw new IllegalStateException("answered by canvas(...)");
        };
        return ":warning: TechVoice could not deliver a message" + where + ": " + reason(failed, error)
                + "\n>" + quote(failed.text());
    }

    /** Why, in words a lead can act on; a message that may have arrived unseen says so, and what to check. */
    private static String reason(OutboundMessage failed, String error) {
        if (failed.kind().dependsOnEarlier() && FailureNotices.mayHaveArrived(error)) {
            return "the message it should change may have reached Slack while TechVoice was restarting or waiting for Slack's "
                    + "answer, and I have no record of where it landed, so I could not change it. Only a workspace admin or owner "
                    + "can delete a message an app posted: please ask one of them to remove it.";
        }
        if (error.contains(FailureNotices.INTERRUPTED_MID_CALL)) {
            return "it was being sent when TechVoice restarted" + MAY_HAVE_ARRIVED;
        }
        if (error.contains(FailureNotices.UNANSWERED_UNCHECKED)) {
            return "it was being sent when TechVoice restarted or Slack was slow to answer" + MAY_HAVE_ARRIVED;
        }
        return explain(error);
    }

    /**
     * A canvas is always an extra copy of something sent another way (the draft's files), so the notice says that
     * nothing else is lost, and tells "this workspace has no canvases" apart from a fault.
     */
    private static String canvas(String title, String error) {
        String what = "*" + Mrkdwn.escape(title) + "*";
        String reason = CANVAS_UNAVAILABLE.stream().anyMatch(error::contains)
                ? "Slack canvases aren't available in this workspace (Slack said `" + error.replace("`", "'") + "`). "
                        + "A workspace admin can allow them, or the app may need reinstalling to grant it the `canvases:write` permission."
                : explain(error);
        return ":information_source: I couldn't make the Slack canvas " + what + ": " + reason
                + "\nNothing else is affected: the Word and Markdown files I sent you are still here in our DM.";
    }

    /** Slack's answers meaning canvases cannot be made here at all, as opposed to a passing fault. */
    private static final List<String> CANVAS_UNAVAILABLE = List.of("canvas_disabled_user_team",
            "free_teams_cannot_create_non_tabbed_canvases", "free_teams_cannot_create_non_tab_canvases", "team_tier_cannot_create",
            "not_allowed_token_type", "missing_scope", "restricted_action", "access_denied", "no_permission", "not_authed");

    private static String mention(String channel) {
        return channel.startsWith("U") || channel.startsWith("W") ? "<@" + channel + ">" : "<#" + channel + ">";
    }

    /** Slack's error codes, in words a lead can act on. */
    private static String explain(String error) {
        if (error.contains("not_in_channel")) {
            return "I'm not a member of that channel. Invite me with `/invite @techvoice` and try again.";
        }
        if (error.contains("channel_not_found")) {
            return "that channel doesn't exist or I can't see it (private channels need an invite).";
        }
        if (error.contains("is_archived")) {
            return "that channel is archived.";
        }
        return "Slack said `" + error.replace("`", "'") + "`.";
    }

    private static String quote(String text) {
        String plain = text.replace("\n", " ");
        int end = QUOTE_LIMIT;
        if (plain.length() > end && Character.isHighSurrogate(plain.charAt(end - 1))) {
            end--;
        }
        String cut = plain.length() <= QUOTE_LIMIT ? plain : plain.substring(0, end) + "…";
        return Mrkdwn.escape(cut);
    }
}
