package org.techvoice.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TechnicianRepository extends JpaRepository<Technician, Long> {

    Optional<Technician> findByTeamIdAndUserId(String teamId, String userId);

    List<Technician> findByTeamIdOrderByUserId(String teamId);

    long countByTeamId(String teamId);

    long deleteByTeamIdAndUserId(String teamId, String userId);
    @Modifying
    @Query("delete from Technician t where t.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
