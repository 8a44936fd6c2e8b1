package org.techvoice.findings;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface FindingDecisionRepository extends Repository<FindingDecisionEntry, Long> {

    List<FindingDecisionEntry> findByTeamIdOrderByDecidedAtAscIdAsc(String teamId);

    List<FindingDecisionEntry> findByTeamIdAndDecidedByOrderByDecidedAtAscIdAsc(String teamId, String decidedBy);

    FindingDecisionEntry save(FindingDecisionEntry entry);

    @Modifying
    @Query("update FindingDecisionEntry d set d.decidedBy = :forgotten where d.teamId = :teamId and d.decidedBy = :userId")
    int forgetDecider(@Param("teamId") String teamId, @Param("userId") String userId, @Param("forgotten") String forgotten);

    @Modifying
    @Query("delete from FindingDecisionEntry d where d.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
