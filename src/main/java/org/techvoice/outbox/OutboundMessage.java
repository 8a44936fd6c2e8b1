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
 * @param updateOfKey           for {@link Kind#UPDATE_MESSAGE}: the idempotency key of the message to update; for
 *                              {@link Kind#SHARE_CANVAS}: the key of the {@link Kind#CREATE_CANVAS} it shares
 * @param files                 for {@link Kind#UPLOAD_FILES}: the files, shared to {@code channel}; for
 *                              {@link Kind#CREATE_CANVAS}: one file, its UTF-8 Markdown the canvas content
 * @param notifyOnFailureUserId who is told by DM if Slack never accepts it; null for nobody
 * @param erasingRecipient      once settled (delivered or failed), the stored copy keeps neither the content nor
 *                              where it landed: for messages to (or into the DM of) someone being forgotten
 * @param erasingContent        once settled, the stored copy keeps no content but still where it landed (so it can
 *                              be updated, e.g. withdrawn): for messages to others that name someone being forgotten
 */
public record OutboundMessage(String teamId, String idempotencyKey, Kind kind, String channel, String text,
        String blocksJson, String updateOfKey, List<OutboundFile> files, String notifyOnFailureUserId,
        boolean erasingRecipient, boolean erasingContent) {

    public enum Kind {
        /** {@code chat.postMessage} to a channel. */
        POST_MESSAGE,
        /** {@code conversations.open} with the user, then {@code chat.postMessage} there. */
        DIRECT_MESSAGE,
        /** {@code chat.update} of the message posted under {@code updateOfKey}. */
        UPDATE_MESSAGE,
        /** {@code files.uploadV2} of {@code files} with {@code text} as the initial comment. */
        UPLOAD_FILES,
        /**
         * {@code canvases.create} of a standalone canvas titled {@code text} from the Markdown of the single file.
         * Delivered is the canvas id (as the channel), so a retry never makes a second canvas; sharing it is a
         * separate {@link #SHARE_CANVAS} row.
         */
        CREATE_CANVAS,
        /**
         * Once the canvas of {@code updateOfKey} exists: {@code canvases.access.set} giving the user {@code channel}
         * write access, then a DM to them of {@code text} followed by the canvas link. Fails quietly if the canvas
         * was never made (whoever asked is told about that by the create row).
         */
        SHARE_CANVAS;

        /** Kinds that act on what an earlier row ({@code updateOfKey}) produced, and so wait for it. */
        public boolean dependsOnEarlier() {
            return this == UPDATE_MESSAGE || this == SHARE_CANVAS;
        }
    }

    public OutboundMessage {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static OutboundMessage post(String teamId, String key, String channel, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.POST_MESSAGE, channel, text, blocksJson, null, List.of(), null, false, false);
    }

    public static OutboundMessage directMessage(String teamId, String key, String userId, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.DIRECT_MESSAGE, userId, text, blocksJson, null, List.of(), null, false, false);
    }

    public static OutboundMessage update(String teamId, String key, String updateOfKey, String text, String blocksJson) {
        return new OutboundMessage(teamId, key, Kind.UPDATE_MESSAGE, null, text, blocksJson, updateOfKey, List.of(), null, false, false);
    }

    public static OutboundMessage upload(String teamId, String key, String channelOrUser, String comment, List<OutboundFile> files) {
        return new OutboundMessage(teamId, key, Kind.UPLOAD_FILES, channelOrUser, comment, null, null, files, null, false, false);
    }

    /** A standalone canvas made from {@code markdown}; see {@link Kind#CREATE_CANVAS}. */
    public static OutboundMessage createCanvas(String teamId, String key, String forUserId, String title, String markdown) {
        OutboundFile content = new OutboundFile("canvas.md", title, markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new OutboundMessage(teamId, key, Kind.CREATE_CANVAS, forUserId, title, null, null, List.of(content), null, false, false);
    }

    /** Gives {@code userId} write access to the canvas made under {@code canvasKey} and DMs them {@code text} and its link. */
    public static OutboundMessage shareCanvas(String teamId, String key, String canvasKey, String userId, String text) {
        return new OutboundMessage(teamId, key, Kind.SHARE_CANVAS, userId, text, null, canvasKey, List.of(), null, false, false);
    }

    public OutboundMessage notifyingOnFailure(String userId) {
        return new OutboundMessage(teamId, idempotencyKey, kind, channel, text, blocksJson, updateOfKey, files, userId,
                erasingRecipient, erasingContent);
    }

    /** See {@code erasingRecipient}: the row is scrubbed once Slack has it (or never will). */
    public OutboundMessage erasingRecipientOnDelivery() {
        return new OutboundMessage(teamId, idempotencyKey, kind, channel, text, blocksJson, updateOfKey, files,
                notifyOnFailureUserId, true, erasingContent);
    }

    /** Whether the stored copy is to be scrubbed once settled. */
    boolean scrubbedOnceSettled() {
        return erasingRecipient || erasingContent;
    }

    /** What is left of a settled message scrubbed for erasure: its key and kind, nothing about the person. */
    OutboundMessage scrubbed() {
        return new OutboundMessage(teamId, idempotencyKey, kind, null, "", null, null, List.of(), null, erasingRecipient,
                erasingContent);
    }

    /**
     * This message, for a person being forgotten: keys no longer spell their id ({@code alias} instead) and the
     * stored copy is scrubbed once settled; of where it landed too when it is {@code addressedToThem}.
     */
    OutboundMessage forgetting(String userId, String alias, boolean addressedToThem) {
        return new OutboundMessage(teamId, idempotencyKey.replace(userId, alias), kind, channel, text, blocksJson,
                updateOfKey == null ? null : updateOfKey.replace(userId, alias), files, notifyOnFailureUserId,
                erasingRecipient || addressedToThem, erasingContent || !addressedToThem);
    }

    /** A file to upload. */
    public record OutboundFile(String filename, String title, byte[] content) {
    }
}
