package org.techvoice.recognition;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AchievementReactionRepository extends JpaRepository<AchievementReaction, Long> {

    boolean existsByTeamIdAndAchievementIdAndUserIdAndReaction(String teamId, long achievementId, String userId, String reaction);

    long deleteByTeamIdAndAchievementIdAndUserIdAndReaction(String teamId, long achievementId, String userId, String reaction);

    long countByTeamIdAndAchievementId(String teamId, long achievementId);

    List<AchievementReaction> findByTeamIdAndUserIdOrderById(String teamId, String userId);

    long deleteByTeamIdAndUserId(String teamId, String userId);

    @Modifying
    @Query("delete from AchievementReaction r where r.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
