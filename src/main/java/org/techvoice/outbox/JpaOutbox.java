package org.techvoice.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores outbound calls in the {@code outbox_message} table, inside the caller's transaction. */
@Service
class JpaOutbox implements Outbox {

    /** Keys per look-up: well inside every database's limit on an IN list. */
    private static final int KEYS_PER_QUERY = 500;

    private final OutboxRepository entries;
    private final ObjectMapper json;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;

    JpaOutbox(OutboxRepository entries, ObjectMapper json, Clock clock, OutboxWakeUp wakeUp) {
        this.wakeUp = wakeUp;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueue(OutboundMessage message) {
        if (entries.existsByTeamIdAndIdempotencyKey(message.teamId(), message.idempotencyKey())) {
            return;
        }
        entries.save(new OutboxEntry(message.teamId(), message.idempotencyKey(), message.kind(), toJson(message), clock.instant()));
        wakeUp.messageQueued();
    }

    /**
     * One query per chunk of keys instead of one per message: besides the round trips, each query would make
     * Hibernate dirty-check everything the transaction already holds, which grows with the fan-out.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueueAll(List<OutboundMessage> messages) {
        enqueueAll(messages, false);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueueInBackground(List<OutboundMessage> messages) {
        enqueueAll(messages, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> keysStartingWith(String teamId, String prefix) {
        if (prefix.contains("%") || prefix.contains("_") || prefix.contains("\\")) {
            throw new IllegalArgumentException("A key prefix holds no SQL wildcards: " + prefix);
        }
        return entries.findKeysStartingWith(teamId, prefix);
    }

    private void enqueueAll(List<OutboundMessage> messages, boolean background) {
        Map<String, Map<String, OutboundMessage>> byTeam = new LinkedHashMap<>();
        for (OutboundMessage message : messages) {
            byTeam.computeIfAbsent(message.teamId(), team -> new LinkedHashMap<>()).putIfAbsent(message.idempotencyKey(), message);
        }
        Instant now = clock.instant();
        List<OutboxEntry> fresh = new ArrayList<>();
        byTeam.forEach((teamId, byKey) -> {
            Set<String> existing = new HashSet<>();
            List<String> keys = List.copyOf(byKey.keySet());
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                existing.addAll(entries.findExistingKeys(teamId, keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))));
            }
            byKey.values().stream().filter(message -> !existing.contains(message.idempotencyKey()))
                    .forEach(message -> fresh.add(new OutboxEntry(teamId, message.idempotencyKey(), message.kind(), toJson(message), now)
                            .inBackground(background)));
        });
        entries.saveAll(fresh);
        if (!fresh.isEmpty()) {
            wakeUp.messageQueued();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeliveredMessage> delivered(String teamId, String idempotencyKey) {
        return entries.findByTeamIdAndIdempotencyKey(teamId, idempotencyKey).map(OutboxEntry::deliveredMessage);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> keyOfDelivered(String teamId, String channel, String ts) {
        return entries.findFirstByTeamIdAndDeliveredChannelAndDeliveredTsOrderById(teamId, channel, ts)
                .map(OutboxEntry::idempotencyKey);
    }

    private String toJson(OutboundMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbound message cannot be serialised", e);
        }
    }
}
