package org.techvoice.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

interface VoiceRepository extends JpaRepository<VoiceEntry, Long> {

    Optional<VoiceEntry> findByIdAndTeamId(Long id, String teamId);

    List<VoiceEntry> findByTeamIdAndAuthorUserIdOrderByIdDesc(String teamId, String authorUserId);

    /**
     * Keyset paging, oldest first: the rows after (day, id). The redundant {@code saidOn >= afterDay} is the
     * index range's start, and ordering by the team too (fixed, so the same order) lets H2 read the index in order
     * and stop after a page: without either, H2 scanned and sorted the rest of the table for every page, quadratic
     * in the entries.
     */
    @Query("""
            select v from VoiceEntry v where v.teamId = :teamId and v.saidOn >= :since
            and v.saidOn >= :afterDay
            and (v.saidOn > :afterDay or (v.saidOn = :afterDay and v.id > :afterId))
            order by v.teamId, v.saidOn, v.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")) // no snapshot kept for dirty checking
    List<VoiceEntry> page(String teamId, LocalDate since, LocalDate afterDay, long afterId, Pageable page);

    long deleteByTeamId(String teamId);

    long deleteByTeamIdAndSaidOnBefore(String teamId, LocalDate day);
}
