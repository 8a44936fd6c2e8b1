package org.techvoice.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByTeamIdOrderByOccurredAtDescIdDesc(String teamId, Limit limit);

    @Query("select e from AuditEntry e where e.teamId = :teamId and (e.actorUserId = :userId or e.subjectUserId = :userId) "
            + "order by e.occurredAt, e.id")
    List<AuditEntry> findNaming(@Param("teamId") String teamId, @Param("userId") String userId);

    @Modifying
    @Query("delete from AuditEntry e where e.teamId = :teamId and e.occurredAt < :cutoff")
    int deleteOlderThan(@Param("teamId") String teamId, @Param("cutoff") Instant cutoff);

    @Modifying
    @Query("delete from AuditEntry e where e.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
