package org.techvoice.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded lead or admin action. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    /** {@link AuditRecord#FORGOTTEN} once the actor asked to be forgotten; null when TechVoice itself acted. */
    @Column(name = "actor_user_id", length = 32)
    private String actorUserId;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "subject_user_id", length = 32)
    private String subjectUserId;

    @Column(name = "detail", nullable = false, length = 500)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    AuditEntry(String teamId, String actorUserId, String action, String subjectUserId, String detail, Instant occurredAt) {
        this.teamId = teamId;
        this.actorUserId = actorUserId;
        this.action = action;
        this.subjectUserId = subjectUserId;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    /** Forget-me: keeps what was done and when, drops who. */
    boolean forget(String userId) {
        boolean changed = false;
        if (userId.equals(actorUserId)) {
            actorUserId = AuditRecord.FORGOTTEN;
            changed = true;
        }
        if (userId.equals(subjectUserId)) {
            subjectUserId = AuditRecord.FORGOTTEN;
            changed = true;
        }
        return changed;
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actorUserId, action, subjectUserId, detail);
    }
}
