package org.techvoice.draft.document;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A draft a lead asked for and has not yet been handed to the outbox. */
@Entity
@Table(name = "draft_request")
class DraftRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Column(name = "since")
    private LocalDate since;

    @Column(name = "request_id", nullable = false, length = 200)
    private String requestId;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected DraftRequest() {
    }

    DraftRequest(String teamId, String userId, LocalDate since, String requestId, Instant requestedAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.since = since;
        this.requestId = requestId;
        this.requestedAt = requestedAt;
    }

    void attempted() {
        attempts++;
    }

    Long id() {
        return id;
    }

    String teamId() {
        return teamId;
    }

    String userId() {
        return userId;
    }

    LocalDate since() {
        return since;
    }

    String requestId() {
        return requestId;
    }

    int attempts() {
        return attempts;
    }
}
