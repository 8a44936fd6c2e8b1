package org.techvoice.recognition;

import java.time.LocalDate;

/**
 * Someone asks to log a Slack message as its author's contribution. Nothing is stored until the author agrees:
 * the request travels inside the DM that asks them (text shown as plain text, the rest in the button value).
 */
public record EvidenceRequest(String requesterId, String authorId, String channelId, String messageTs, LocalDate postedOn,
        String text) {

    /** Deterministic, so the DM is sent once however often the shortcut is used on the same message. */
    public String dmKey() {
        return "evidence-request:" + channelId + ":" + messageTs + ":" + requesterId;
    }

    String sourceRef() {
        return "message:" + channelId + ":" + messageTs;
    }
}
