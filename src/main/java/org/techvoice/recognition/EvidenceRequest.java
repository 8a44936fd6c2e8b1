package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Someone asks to log a Slack message as its author's contribution. Nothing is stored until the author agrees:
 * the request travels inside the DM that asks them (text shown as plain text, the rest in the button value).
 */
public record EvidenceRequest(String requesterId, String authorId, String channelId, String messageTs, LocalDate postedOn,
        String text) {

    /** Slack's ids: users U/W, channels C/D (and G for older private channels); letters and digits only. */
    private static final Pattern SLACK_ID = Pattern.compile("[UCWDG][A-Z0-9]{2,30}");
    private static final Pattern MESSAGE_TS = Pattern.compile("\\d{1,12}\\.\\d{1,9}");

    /**
     * The ids come back from a button value, which whoever clicks can forge: anything not shaped like Slack's own is
     * refused here, before it reaches a key, a query or a message.
     */
    public EvidenceRequest {
        for (String id : new String[] {requesterId, authorId, channelId}) {
            if (id == null || !SLACK_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a Slack id: " + (id == null ? "none" : id.length() > 40 ? id.substring(0, 40) : id));
            }
        }
        if (messageTs == null || !MESSAGE_TS.matcher(messageTs).matches()) {
            throw new IllegalArgumentException("not a Slack message timestamp");
        }
    }

    /** Deterministic, so the DM is sent once however often the shortcut is used on the same message. */
    public String dmKey() {
        return "evidence-request:" + channelId + ":" + messageTs + ":" + requesterId;
    }

    String sourceRef() {
        return "message:" + channelId + ":" + messageTs;
    }
}
