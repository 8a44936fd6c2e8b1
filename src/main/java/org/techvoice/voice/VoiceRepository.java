package org.techvoice.voice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.techvoice.understanding.EmbeddableTexts.StoredVector;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;

interface VoiceRepository extends JpaRepository<VoiceEntry, Long> {

    Optional<VoiceEntry> findByIdAndTeamId(Long id, String teamId);

    List<VoiceEntry> findByTeamIdAndAuthorUserIdOrderByIdDesc(String teamId, String authorUserId);

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
