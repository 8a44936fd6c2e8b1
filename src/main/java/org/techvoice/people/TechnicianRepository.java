package org.techvoice.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TechnicianRepository extends JpaRepository<Technician, Long> {

    Optional<Technician> findByTeamIdAndUserId(String teamId, String userId);

    List<Technician> findByTeamIdOrderByUserId(String teamId);

    long countByTeamId(String teamId);

    long deleteByTeamIdAndUserId(String teamId, String userId);
}
