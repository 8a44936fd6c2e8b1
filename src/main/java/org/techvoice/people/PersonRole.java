package org.techvoice.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role granted to one person in one workspace. */
@Entity
@Table(name = "person_role")
class PersonRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "granted_by", nullable = false, length = 32)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected PersonRole() {
    }

    PersonRole(String teamId, String userId, Role role, String grantedBy, Instant grantedAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.role = role;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    String userId() {
        return userId;
    }

    Role role() {
        return role;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    /** Forget-me of the person who granted it: the role stays with its holder, the granter's name goes. */
    void forgetGranter() {
        this.grantedBy = ERASED;
    }

    /** Stands in for a granter who asked to be forgotten (the column is required). */
    static final String ERASED = "erased";
}
