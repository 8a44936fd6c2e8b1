package org.techvoice.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One outbound Slack call and where its delivery stands. */
@Entity
@Table(name = "outbox_message")
class OutboxEntry {

    enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OutboundMessage.Kind kind;

    /** The whole {@link OutboundMessage} as JSON, so delivery needs nothing else. */
    @Column(name = "payload", nullable = false, columnDefinition = "TEXT")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_channel", length = 32)
    private String deliveredChannel;

    @Column(name = "delivered_ts", length = 32)
    private String deliveredTs;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxEntry() {
    }

    OutboxEntry(String teamId, String idempotencyKey, OutboundMessage.Kind kind, String payload, Instant now) {
        this.teamId = teamId;
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String payload() {
        return payload;
    }

    Status status() {
        return status;
    }

    Outbox.DeliveredMessage deliveredMessage() {
        return status == Status.DELIVERED ? new Outbox.DeliveredMessage(deliveredChannel, deliveredTs) : null;
    }
}
