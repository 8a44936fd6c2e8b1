package org.techvoice.recognition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's emoji on a celebration post; one row each, so duplicates and removals keep the count exact. */
@Entity
@Table(name = "achievement_reaction")
class AchievementReaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "achievement_id", nullable = false)
    private Long achievementId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Column(name = "reaction", nullable = false, length = 100)
    private String reaction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AchievementReaction() {
    }

    AchievementReaction(String teamId, long achievementId, String userId, String reaction, Instant now) {
        this.teamId = teamId;
        this.achievementId = achievementId;
        this.userId = userId;
        this.reaction = reaction;
        this.createdAt = now;
    }

    long achievementId() {
        return achievementId;
    }

    String reaction() {
        return reaction;
    }

    Instant createdAt() {
        return createdAt;
    }
}
