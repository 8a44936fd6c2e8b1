package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;

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

    /** The embedding job's work: rows without a vector, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$TextToEmbed(a.id, a.body) from Achievement a
            where a.teamId = :teamId and a.id > :afterId and a.embedding is null order by a.id""")
    List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, Pageable page);

    List<Achievement> findByTeamIdAndIdIn(String teamId, Collection<Long> ids);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndAchievedOnBefore(String teamId, LocalDate day);
}
