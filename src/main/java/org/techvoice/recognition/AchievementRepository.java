package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.techvoice.understanding.EmbeddableTexts.StoredVector;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;

interface AchievementRepository extends JpaRepository<Achievement, Long> {

    Optional<Achievement> findByIdAndTeamId(Long id, String teamId);

    List<Achievement> findByTeamIdAndSubjectUserIdOrderByIdDesc(String teamId, String subjectUserId);

    List<Achievement> findByTeamIdAndCelebratedByOrderByIdDesc(String teamId, String celebratedBy);

    List<Achievement> findByTeamIdAndStatusAndPostedFalseOrderById(String teamId, Achievement.Status status);

    /** Celebrations posted in the network channel from {@code from} to the day before {@code until}, for the digest. */
    @Query("select a from Achievement a where a.teamId = :teamId and a.posted = true and a.postedOn >= :from and a.postedOn < :until "
            + "order by a.postedOn, a.id")
    List<Achievement> postedBetween(String teamId, LocalDate from, LocalDate until);

    /** The stored vectors of these rows (those with one), as (id, bytes). */
    @Query("select a.id, a.embedding from Achievement a where a.teamId = :teamId and a.id in :ids and a.embedding is not null")
    List<Object[]> vectors(String teamId, Collection<Long> ids);

    /** The embedding job's re-placing: rows with a vector not placed against the bank stamped {@code stamp}, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$StoredVector(a.id, a.embedding) from Achievement a
            where a.teamId = :teamId and a.id > :afterId and a.embedding is not null
            and (a.placedAgainst is null or a.placedAgainst <> :stamp) order by a.id""")
    List<StoredVector> awaitingPlacement(String teamId, String stamp, long afterId, Pageable page);

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
