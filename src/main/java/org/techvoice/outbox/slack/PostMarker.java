package org.techvoice.outbox.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.techvoice.outbox.OutboundMessage;

import com.slack.api.model.Message;

/**
 * The metadata TechVoice puts on each channel post so that it can find the post again when the call that made it
 * was cut short (see {@code SlackOutboundDelivery.findPost}). It carries a digest of the workspace and the
 * message's idempotency key, never the key itself: keys can hold a user id, and metadata is visible to every app in
 * the channel.
 */
final class PostMarker {

    static final String EVENT_TYPE = "techvoice_post";

    private PostMarker() {
    }

    static Message.Metadata of(OutboundMessage message) {
        return new Message.Metadata(EVENT_TYPE, Map.of("post", digest(message.teamId() + "/" + message.idempotencyKey())));
    }

    static boolean matches(Message.Metadata found, Message.Metadata expected) {
        return found != null && EVENT_TYPE.equals(found.getEventType()) && found.getEventPayload() != null
                && expected.getEventPayload().get("post").equals(found.getEventPayload().get("post"));
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
