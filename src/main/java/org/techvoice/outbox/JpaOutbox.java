package org.techvoice.outbox;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores outbound calls in the {@code outbox_message} table, inside the caller's transaction. */
@Service
class JpaOutbox implements Outbox {

    private final OutboxRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    JpaOutbox(OutboxRepository entries, ObjectMapper json, Clock clock) {
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
