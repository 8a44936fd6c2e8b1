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

    /**
     * PENDING: waiting for {@code next_attempt_at}. IN_FLIGHT: claimed by {@code claimed_by} until
     * {@code lease_until}; {@code attempt_started_at} is set only while the Slack call itself may be under way.
     */
    enum Status { PENDING, IN_FLIGHT, DELIVERED, FAILED }

    static final int ERROR_LENGTH = 500;

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

    /** Claimed after every other due row: see {@link Outbox#enqueueInBackground}. */
    @Column(name = "background", nullable = false)
    private boolean background;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "attempt_started_at")
    private Instant attemptStartedAt;

    /** When a call for this row first went unanswered: from then on it may already be in Slack. */
    @Column(name = "unanswered_since")
    private Instant unansweredSince;

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

    OutboxEntry inBackground(boolean background) {
        this.background = background;
        return this;
    }

    Long id() {
        return id;
    }

    String teamId() {
        return teamId;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    OutboundMessage.Kind kind() {
        return kind;
    }

    int attempts() {
        return attempts;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String lastError() {
        return lastError;
    }

    boolean isClaimedBy(String instance) {
        return status == Status.IN_FLIGHT && instance.equals(claimedBy);
    }

    /** True when the process may have died while Slack was being called: the call may or may not have landed. */
    boolean attemptMayHaveLanded() {
        return attemptStartedAt != null;
    }

    void claim(String instance, Instant leaseUntil) {
        this.status = Status.IN_FLIGHT;
        this.claimedBy = instance;
        this.leaseUntil = leaseUntil;
        this.attemptStartedAt = null;
    }

    void startAttempt(Instant now) {
        this.attempts++;
        this.attemptStartedAt = now;
    }

    void delivered(String channel, String ts, Instant now) {
        this.status = Status.DELIVERED;
        this.deliveredChannel = channel;
        this.deliveredTs = ts;
        this.deliveredAt = now;
        this.lastError = null;
        unclaim();
    }

    /** Keeps the outcome (status, when) but nothing of the recipient or the content; see {@link OutboundMessage#scrubbed()}. */
    void scrub(String scrubbedPayload, boolean keepWhereDelivered) {
        this.payload = scrubbedPayload;
        if (!keepWhereDelivered) {
            this.deliveredChannel = null;
            this.deliveredTs = null;
        }
        this.lastError = null;
    }

    /** The same message under a new key and payload (someone it named is being forgotten). */
    void rewrite(String newKey, String newPayload) {
        this.idempotencyKey = newKey;
        this.payload = newPayload;
    }

    String deliveredChannel() {
        return deliveredChannel;
    }

    boolean settled() {
        return status == Status.DELIVERED || status == Status.FAILED;
    }

    /** Back to the queue, to be tried again at {@code when}. */
    void retryAt(Instant when, String error) {
        this.status = Status.PENDING;
        this.nextAttemptAt = when;
        if (error != null) {
            this.lastError = cut(error);
        }
        unclaim();
    }

    /**
     * Back to the queue after a call that went out but was never answered: the message may have arrived, and stays
     * "maybe arrived" since the first such call, whatever later attempts say.
     */
    void unansweredRetryAt(Instant when, String error) {
        if (unansweredSince == null) {
            unansweredSince = attemptStartedAt;
        }
        retryAt(when, error);
    }

    Instant unansweredSince() {
        return unansweredSince;
    }

    void fail(String error) {
        this.status = Status.FAILED;
        this.lastError = cut(error);
        unclaim();
    }

    private void unclaim() {
        this.claimedBy = null;
        this.leaseUntil = null;
        this.attemptStartedAt = null;
    }

    private static String cut(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
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
