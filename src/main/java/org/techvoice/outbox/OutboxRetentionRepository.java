package org.techvoice.outbox;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Retention's view of the outbox, kept apart from {@link OutboxRepository} so delivery and retention evolve independently. */
interface OutboxRetentionRepository extends Repository<OutboxEntry, Long> {

    @Modifying
    @Query("delete from OutboxEntry e where e.teamId = :teamId and ("
            + "(e.status = org.techvoice.outbox.OutboxEntry.Status.DELIVERED and e.deliveredAt < :cutoff) "
            + "or (e.status = org.techvoice.outbox.OutboxEntry.Status.FAILED and e.createdAt < :cutoff))")
    int deleteSettledBefore(@Param("teamId") String teamId, @Param("cutoff") Instant cutoff);
}
