package org.techvoice.outbox;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);

    boolean existsByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);

    @Modifying
    @Query("delete from OutboxEntry e where e.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);
}
