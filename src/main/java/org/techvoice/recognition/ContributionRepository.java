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

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    Optional<Contribution> findByIdAndTeamId(Long id, String teamId);

    Optional<Contribution> findByTeamIdAndSourceRef(String teamId, String sourceRef);

    List<Contribution> findByTeamIdAndUserIdOrderByIdDesc(String teamId, String userId);

    /** Candidates for a forget-me of a collaborator; the exact match is made in Java on the split list. */
    List<Contribution> findByTeamIdAndCollaboratorsContaining(String teamId, String userId);

    /** Keyset paging, oldest first; the redundant {@code >= afterDay} and the order by team keep H2 on the index (see VoiceRepository). */
    @Query("""
            select c from Contribution c where c.teamId = :teamId and c.happenedOn >= :since
            and c.happenedOn >= :afterDay
            and (c.happenedOn > :afterDay or (c.happenedOn = :afterDay and c.id > :afterId))
            order by c.teamId, c.happenedOn, c.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<Contribution> page(String teamId, LocalDate since, LocalDate afterDay, long afterId, Pageable page);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndHappenedOnBefore(String teamId, LocalDate day);
}
