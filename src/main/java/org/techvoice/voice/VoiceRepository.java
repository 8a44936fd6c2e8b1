package org.techvoice.voice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.techvoice.understanding.EmbeddableTexts.StoredVector;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;

import jakarta.persistence.QueryHint;

interface VoiceRepository extends JpaRepository<VoiceEntry, Long> {

    Optional<VoiceEntry> findByIdAndTeamId(Long id, String teamId);

    List<VoiceEntry> findByTeamIdAndAuthorUserIdOrderByIdDesc(String teamId, String authorUserId);

    /**
     * Keyset paging in the order the rows were stored: the rows after {@code afterId}. Ordering by the team too
     * (fixed, so the same order) lets H2 read the (team_id, id) index in order and stop after a page, and the rows
     * it then fetches are neighbours in the table, so a walk reads each table page once.
     */
    @Query("""
            select v from VoiceEntry v where v.teamId = :teamId and v.id > :afterId and v.saidOn >= :since
            order by v.teamId, v.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<VoiceEntry> page(String teamId, LocalDate since, long afterId, Pageable page);

    /** The first id dated on or after {@code since}: every row before it is older, so a walk can start there. */
    @Query("select min(v.id) from VoiceEntry v where v.teamId = :teamId and v.saidOn >= :since")
    Optional<Long> firstIdSince(String teamId, LocalDate since);

    /** The embedding job's work: entries without a vector, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$TextToEmbed(v.id, v.body) from VoiceEntry v
            where v.teamId = :teamId and v.id > :afterId and v.embedding is null order by v.id""")
    List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, Pageable page);

    /** The embedding job's re-placing: entries with a vector not placed against the bank stamped {@code stamp}, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$StoredVector(v.id, v.embedding) from VoiceEntry v
            where v.teamId = :teamId and v.id > :afterId and v.embedding is not null
            and (v.placedAgainst is null or v.placedAgainst <> :stamp) order by v.id""")
    List<StoredVector> awaitingPlacement(String teamId, String stamp, long afterId, Pageable page);

    List<VoiceEntry> findByTeamIdAndIdIn(String teamId, Collection<Long> ids);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndSaidOnBefore(String teamId, LocalDate day);
}
