package org.techvoice.installations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state parameter handed to Slack by the install page; valid once, until it expires. */
@Entity
@Table(name = "oauth_state")
class OAuthState {

    @Id
    @Column(name = "state", length = 64)
    private String state;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OAuthState() {
    }

    OAuthState(String state, Instant expiresAt) {
        this.state = state;
        this.expiresAt = expiresAt;
    }

    boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
