package org.techvoice.draft.document;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DraftRequestRepository extends JpaRepository<DraftRequest, Long> {

    boolean existsByTeamIdAndRequestId(String teamId, String requestId);

    /** Waiting requests of every workspace, oldest first: the draft job is the one reader across teams. */
    List<DraftRequest> findByOrderByIdAsc(Limit limit);

    @Modifying
    @Query("delete from DraftRequest r where r.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
