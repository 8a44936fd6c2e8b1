package org.techvoice.workspaces;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkspaceRepository extends JpaRepository<Workspace, String> {

    List<Workspace> findByEnterpriseIdOrderByTeamId(String enterpriseId);

    @Modifying
    @Query("delete from Workspace w where w.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
