package org.techvoice.outbox;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);

    boolean existsByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);
}
