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

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    Optional<Contribution> findByIdAndTeamId(Long id, String teamId);

    Optional<Contribution> findByTeamIdAndSourceRef(String teamId, String sourceRef);

    List<Contribution> findByTeamIdAndUserIdOrderByIdDesc(String teamId, String userId);

    /** Candidates for a forget-me of a collaborator; the exact match is made in Java on the split list. */
    List<Contribution> findByTeamIdAndCollaboratorsContaining(String teamId, String userId);

    /** The stored vectors of these rows (those with one), as (id, bytes). */
    @Query("select c.id, c.embedding from Contribution c where c.teamId = :teamId and c.id in :ids and c.embedding is not null")
    List<Object[]> vectors(String teamId, Collection<Long> ids);

    /** The embedding job's re-placing: rows with a vector not placed against the bank stamped {@code stamp}, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$StoredVector(c.id, c.embedding) from Contribution c
            where c.teamId = :teamId and c.id > :afterId and c.embedding is not null
            and (c.placedAgainst is null or c.placedAgainst <> :stamp) order by c.id""")
    List<StoredVector> awaitingPlacement(String teamId, String stamp, long afterId, Pageable page);

    /** The first id dated on or after {@code since}: every row before it is older, so a walk can start there. */
    @Query("select min(c.id) from Contribution c where c.teamId = :teamId and c.happenedOn >= :since")
    Optional<Long> firstIdSince(String teamId, LocalDate since);

    /** The embedding job's work: rows without a vector, by id. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$TextToEmbed(c.id, c.body) from Contribution c
            where c.teamId = :teamId and c.id > :afterId and c.embedding is null order by c.id""")
    List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, Pageable page);

    List<Contribution> findByTeamIdAndIdIn(String teamId, Collection<Long> ids);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndHappenedOnBefore(String teamId, LocalDate day);
}
