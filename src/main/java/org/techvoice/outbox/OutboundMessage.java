package org.techvoice.outbox;

import java.util.List;
import java.util.Objects;

/**
 * One Slack Web API call that must happen exactly once, described without Slack types.
 *
 * @param teamId                workspace whose token sends it
 * @param idempotencyKey        unique per workspace; enqueuing the same key twice sends once
 * @param kind                  what to do
 * @param channel               channel id, or user id for {@link Kind#DIRECT_MESSAGE}; unused for updates
 * @param text                  plain-text fallback (notifications, screen readers); required
 * @param blocksJson            Block Kit blocks as a JSON array, or null for text only
 * @param updateOfKey           for {@link Kind#UPDATE_MESSAGE}: the idempotency key of the message to update
 * @param files                 for {@link Kind#UPLOAD_FILES}: the files, shared to {@code channel}
 * @param notifyOnFailureUserId who is told by DM if Slack never accepts it; null for nobody
 */
public record OutboundMessage(String teamId, String idempotencyKey, Kind kind, String channel, String text,
        String blocksJson, String updateOfKey, List<OutboundFile> files, String notifyOnFailureUserId) {

    public enum Kind {
        /** {@code chat.postMessage} to a channel. */
        POST_MESSAGE,
        /** {@code conversations.open} with the user, then {@code chat.postMessage} there. */
        DIRECT_MESSAGE,
        /** {@code chat.update} of the message posted under {@code updateOfKey}. */
        UPDATE_MESSAGE,
        /** {@code files.uploadV2} of {@code files} with {@code text} as the initial comment. */
        UPLOAD_FILES
    }

    public OutboundMessage {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static OutboundMessage post(String teamId, String key, String channel, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.POST_MESSAGE, channel, text, blocksJson, null, List.of(), null);
    }

    public static OutboundMessage directMessage(String teamId, String key, String userId, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.DIRECT_MESSAGE, userId, text, blocksJson, null, List.of(), null);
    }

    public static OutboundMessage update(String teamId, String key, String updateOfKey, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.UPDATE_MESSAGE, null, text, blocksJson, updateOfKey, List.of(), null);
    }

    public static OutboundMessage upload(String teamId, String key, String channelOrUser, String comment, List<OutboundFile> files) {
        return new OutboundMessage(teamId, key, Kind.UPLOAD_FILES, channelOrUser, comment, null, null, files, null);
    }

    public OutboundMessage notifyingOnFailure(String userId) {
        return new OutboundMessage(teamId, idempotencyKey, kind, channel, text, blocksJson, updateOfKey, files, userId);
    }

    /** A file to upload. */
    public record OutboundFile(String filename, String title, byte[] content) {
    }
}
