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

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    Optional<Contribution> findByIdAndTeamId(Long id, String teamId);

    Optional<Contribution> findByTeamIdAndSourceRef(String teamId, String sourceRef);

    List<Contribution> findByTeamIdAndUserIdOrderByIdDesc(String teamId, String userId);

    /** Candidates for a forget-me of a collaborator; the exact match is made in Java on the split list. */
    List<Contribution> findByTeamIdAndCollaboratorsContaining(String teamId, String userId);

    /** Keyset paging in the order the rows were stored, after {@code afterId} (see VoiceRepository). */
    @Query("""
            select c from Contribution c where c.teamId = :teamId and c.id > :afterId and c.happenedOn >= :since
            order by c.teamId, c.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<Contribution> page(String teamId, LocalDate since, long afterId, Pageable page);

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
