package org.techvoice.workspaces;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Slack workspace (team) TechVoice has served; every other table is keyed by its team id. */
@Entity
@Table(name = "workspace")
class Workspace {

    @Id
    @Column(name = "team_id", length = 32)
    private String teamId;

    @Column(name = "enterprise_id", length = 32)
    private String enterpriseId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    protected Workspace() {
    }

    Workspace(String teamId, String enterpriseId, Instant firstSeenAt) {
        this.teamId = teamId;
        this.enterpriseId = enterpriseId;
        this.firstSeenAt = firstSeenAt;
    }

    String teamId() {
        return teamId;
    }

    String enterpriseId() {
        return enterpriseId;
    }
}
