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

    /** Keyset paging in the order the rows were stored, after {@code afterId} (see VoiceRepository). */
    @Query("""
            select a from Achievement a where a.teamId = :teamId and a.id > :afterId and a.achievedOn >= :since
            order by a.teamId, a.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<Achievement> page(String teamId, LocalDate since, long afterId, Pageable page);

    /** The first id dated on or after {@code since}: every row before it is older, so a walk can start there. */
    @Query("select min(a.id) from Achievement a where a.teamId = :teamId and a.achievedOn >= :since")
    Optional<Long> firstIdSince(String teamId, LocalDate since);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndAchievedOnBefore(String teamId, LocalDate day);
}
