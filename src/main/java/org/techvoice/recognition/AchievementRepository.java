package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

interface AchievementRepository extends JpaRepository<Achievement, Long> {

    Optional<Achievement> findByIdAndTeamId(Long id, String teamId);

    List<Achievement> findByTeamIdAndSubjectUserIdOrderByIdDesc(String teamId, String subjectUserId);

    List<Achievement> findByTeamIdAndCelebratedByOrderByIdDesc(String teamId, String celebratedBy);

    List<Achievement> findByTeamIdAndStatusAndPostedFalseOrderById(String teamId, Achievement.Status status);

    /** Keyset paging, oldest first; the redundant {@code >= afterDay} and the order by team keep H2 on the index (see VoiceRepository). */
    @Query("""
            select a from Achievement a where a.teamId = :teamId and a.achievedOn >= :since
            and a.achievedOn >= :afterDay
            and (a.achievedOn > :afterDay or (a.achievedOn = :afterDay and a.id > :afterId))
            order by a.teamId, a.achievedOn, a.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<Achievement> page(String teamId, LocalDate since, LocalDate afterDay, long afterId, Pageable page);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndAchievedOnBefore(String teamId, LocalDate day);
}
