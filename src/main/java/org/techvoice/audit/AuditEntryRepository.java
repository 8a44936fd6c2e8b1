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

    // "t and a or t and b", not "t and (a or b)": a parenthesised "or" cost the two HQL parsers (Hibernate's check and
    // Spring Data's) seconds of start-up; AND binds tighter than OR, and the team id stays in each branch
    @Query("select e from AuditEntry e where e.teamId = :teamId and e.actorUserId = :userId "
            + "or e.teamId = :teamId and e.subjectUserId = :userId order by e.occurredAt, e.id")
    List<AuditEntry> findNaming(@Param("teamId") String teamId, @Param("userId") String userId);

    @Modifying
    @Query("delete from AuditEntry e where e.teamId = :teamId and e.occurredAt < :cutoff")
    int deleteOlderThan(@Param("teamId") String teamId, @Param("cutoff") Instant cutoff);

    @Modifying
    @Query("delete from AuditEntry e where e.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
