package org.techvoice.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRoleRepository extends JpaRepository<PersonRole, Long> {

    List<PersonRole> findByTeamIdAndUserId(String teamId, String userId);

    List<PersonRole> findByTeamIdAndRoleOrderByGrantedAt(String teamId, Role role);

    boolean existsByTeamIdAndUserIdAndRole(String teamId, String userId, Role role);

    long deleteByTeamIdAndUserIdAndRole(String teamId, String userId, Role role);

    List<PersonRole> findByTeamIdAndGrantedBy(String teamId, String grantedBy);

    long deleteByTeamIdAndUserId(String teamId, String userId);
    @Modifying
    @Query("delete from PersonRole r where r.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
