package org.techvoice.installations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workspace that uninstalled TechVoice, and when its data is due to go. */
@Entity
@Table(name = "workspace_deletion")
class WorkspaceDeletion {

    @Id
    @Column(name = "team_id", length = 32)
    private String teamId;

    @Column(name = "enterprise_id", length = 32)
    private String enterpriseId;

    @Column(name = "uninstalled_at", nullable = false)
    private Instant uninstalledAt;

    @Column(name = "delete_after", nullable = false)
    private Instant deleteAfter;

    protected WorkspaceDeletion() {
    }

    WorkspaceDeletion(String teamId, String enterpriseId, Instant uninstalledAt, Instant deleteAfter) {
        this.teamId = teamId;
        this.enterpriseId = enterpriseId;
        this.uninstalledAt = uninstalledAt;
        this.deleteAfter = deleteAfter;
    }

    String teamId() {
        return teamId;
    }

    Instant uninstalledAt() {
        return uninstalledAt;
    }

    Instant deleteAfter() {
        return deleteAfter;
    }
}
