package org.techvoice.workspaces;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface WorkspaceRepository extends JpaRepository<Workspace, String> {

    List<Workspace> findByEnterpriseIdOrderByTeamId(String enterpriseId);

    /**
     * Records a workspace unless it is already there. ON CONFLICT (PostgreSQL, and H2 in its PostgreSQL mode) lets
     * concurrent first requests of a team race without a unique-key violation, which the JDBC layer would log as an
     * error although nothing is wrong.
     *
     * @return 1 when this call recorded it, 0 when it was already recorded
     */
    @Transactional
    @Modifying
    @Query(value = "insert into workspace (team_id, enterprise_id, first_seen_at) values (:teamId, :enterpriseId, :seenAt) "
            + "on conflict do nothing", nativeQuery = true)
    int insertIfAbsent(@Param("teamId") String teamId, @Param("enterpriseId") String enterpriseId, @Param("seenAt") Instant seenAt);

    @Modifying
    @Query("delete from Workspace w where w.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
