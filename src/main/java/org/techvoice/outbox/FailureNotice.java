package org.techvoice.outbox;

/** The DM telling someone that a message they caused could not be delivered. */
final class FailureNotice {

    private static final int QUOTE_LIMIT = 300;

    private FailureNotice() {
    }

    /** Keyed by the failed row, so recording the same failure twice still tells the person once. */
    static OutboundMessage about(long failedRowId, OutboundMessage failed, String error) {
        String where = switch (failed.kind()) {
            case POST_MESSAGE, UPLOAD_FILES -> failed.channel() == null ? "" : " to " + mention(failed.channel());
            case DIRECT_MESSAGE -> " to <@" + failed.channel() + ">";
            case UPDATE_MESSAGE -> " (an update to an earlier message)";
        };
        String text = ":warning: TechVoice could not deliver a message" + where + ": " + explain(error)
                + "\n>" + quote(failed.text());
        return OutboundMessage.directMessage(failed.teamId(), "outbox-failed:" + failedRowId,
                failed.notifyOnFailureUserId(), text, null);
    }

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
        return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
