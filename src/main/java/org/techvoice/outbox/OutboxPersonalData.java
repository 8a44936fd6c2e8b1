package org.techvoice.outbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Copies of messages already sent to a person (DMs, earlier my-data files) wait in the outbox until retention
 * removes them; forget-me removes them at once. Every other row naming the person (a channel post celebrating them,
 * a consent DM to someone else saying who asked, a key spelling their id) keeps nothing of them: settled ones are
 * scrubbed at once (where a channel post landed stays, so it can still be withdrawn), messages still owed to Slack
 * are delivered and then scrubbed, and every key spells a random alias instead of the id.
 */
@Component
class OutboxPersonalData implements PersonalDataHolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SettledMessages settled;
    private final OutboxRepository entries;
    private final ObjectMapper json;

    OutboxPersonalData(SettledMessages settled, OutboxRepository entries, ObjectMapper json) {
        this.settled = settled;
        this.entries = entries;
        this.json = json;
    }

    @Override
    public String section() {
        return "sent-messages";
    }

    /** What was sent and when, not the content again: that is in the person's DMs (and would nest old exports). */
    @Override
    @Transactional(readOnly = true)
    public Object export(String teamId, String userId) {
        return settled.findSettledTo(teamId, channelJson(userId)).stream()
                .map(entry -> new SentMessage(entry.kind().name(), entry.status().name(), entry.createdAt()))
                .toList();
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        String channelJson = channelJson(userId);
        // what went to them, before it goes: its keys (updates of it land in their DM too) and their DM channels
        List<OutboxEntry> toThem = entries.findAddressedTo(teamId, channelJson);
        Set<String> theirKeys = toThem.stream().map(OutboxEntry::idempotencyKey).collect(Collectors.toSet());
        Set<String> theirDms = toThem.stream().map(OutboxEntry::deliveredChannel)
                .filter(channel -> channel != null && channel.startsWith("D")).collect(Collectors.toSet());
        int deleted = settled.deleteSettledTo(teamId, channelJson);
        if (!theirDms.isEmpty()) {
            deleted += settled.deleteSettledIn(teamId, theirDms);
        }
        String alias = "forgotten-" + HexFormat.of().formatHex(randomBytes());
        int anonymised = 0;
        Set<Long> rewritten = new HashSet<>();
        for (OutboxEntry entry : entries.findMentioning(teamId, userId)) {
            OutboundMessage message = read(entry);
            forget(entry, message.forgetting(userId, alias, userId.equals(message.channel())));
            rewritten.add(entry.id());
            anonymised++;
        }
        // an update still owed to a message in their DM (e.g. "withdrawn" on a consent request) lands there too
        for (OutboxEntry entry : entries.findUnsettledUpdates(teamId)) {
            OutboundMessage message = read(entry);
            if (!rewritten.contains(entry.id()) && theirKeys.contains(message.updateOfKey())) {
                forget(entry, message.forgetting(userId, alias, true));
                anonymised++;
            }
        }
        return new ErasureReport(section(), deleted, anonymised, deleted == 0 && anonymised == 0 ? ""
                : "TechVoice's copies of messages it had sent you or that named you were deleted or emptied; the messages "
                        + "themselves stay in Slack (in your DMs with TechVoice you can delete them).");
    }

    /** A settled copy is emptied now; a message still owed to Slack is delivered, then emptied (OutboxLedger). */
    private void forget(OutboxEntry entry, OutboundMessage forgetting) {
        if (entry.settled()) {
            String scrubbed = write(forgetting.scrubbed());
            entry.rewrite(forgetting.idempotencyKey(), scrubbed);
            entry.scrub(scrubbed, !forgetting.erasingRecipient());
        } else {
            entry.rewrite(forgetting.idempotencyKey(), write(forgetting));
        }
    }

    /** User ids are letters and digits only, so they need no escaping inside the LIKE pattern. */
    private static String channelJson(String userId) {
        if (!userId.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("not a Slack user id: " + userId);
        }
        return "\"channel\":\"" + userId + "\"";
    }

    private OutboundMessage read(OutboxEntry entry) {
        try {
            return json.readValue(entry.payload(), OutboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox row " + entry.id() + " cannot be read, so it cannot be erased", e);
        }
    }

    private String write(OutboundMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox message could not be written as JSON", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    record SentMessage(String kind, String status, Instant createdAt) {
    }

}
