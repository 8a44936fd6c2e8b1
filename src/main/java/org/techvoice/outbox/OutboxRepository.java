package org.techvoice.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);

    /** The post itself; later updates of it carry the same channel and ts, hence the first. */
    Optional<OutboxEntry> findFirstByTeamIdAndDeliveredChannelAndDeliveredTsOrderById(String teamId, String deliveredChannel,
            String deliveredTs);

    boolean existsByTeamIdAndIdempotencyKey(String teamId, String idempotencyKey);

    @Query("select e.idempotencyKey from OutboxEntry e where e.teamId = :teamId and e.idempotencyKey in :keys")
    List<String> findExistingKeys(@Param("teamId") String teamId, @Param("keys") Collection<String> keys);

    /**
     * Due rows, locked for the caller's transaction. SKIP LOCKED (PostgreSQL, and H2 2.2+) lets several
     * instances claim side by side without waiting for or double-claiming each other's rows.
     */
    @Query(value = """
            select * from outbox_message
            where status = 'PENDING' and next_attempt_at <= :now
            order by background, next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxEntry> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Rows whose claimer stopped renewing: it died or lost the database. */
    @Query(value = """
            select * from outbox_message
            where status = 'IN_FLIGHT' and lease_until < :now
            order by id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxEntry> lockExpiredLeases(@Param("now") Instant now, @Param("limit") int limit);

    @Query("select e.idempotencyKey from OutboxEntry e where e.teamId = :teamId and e.idempotencyKey like concat(:prefix, '%') order by e.id")
    List<String> findKeysStartingWith(@Param("teamId") String teamId, @Param("prefix") String prefix);

    long countByStatus(OutboxEntry.Status status);
    @Modifying
    @Query("delete from OutboxEntry e where e.teamId = :teamId")
    int deleteByTeamId(@Param("teamId") String teamId);

    /** Rows whose key or payload contains {@code fragment} (a user id: letters and digits only), oldest first. */
    // no parentheses, the team id in each branch (AND binds tighter than OR): a parenthesised "or" cost the HQL
    // parsers seconds of start-up (RepositoryWarmUp)
    @Query("select e from OutboxEntry e where e.teamId = :teamId and e.payload like concat('%', :fragment, '%') "
            + "or e.teamId = :teamId and e.idempotencyKey like concat('%', :fragment, '%') order by e.id")
    List<OutboxEntry> findMentioning(@Param("teamId") String teamId, @Param("fragment") String fragment);

    /** @param channelJson {@code "channel":"<user id>"} as the payload spells it: every row addressed to that person */
    @Query("select e from OutboxEntry e where e.teamId = :teamId and e.payload like concat('%', :channelJson, '%')")
    List<OutboxEntry> findAddressedTo(@Param("teamId") String teamId, @Param("channelJson") String channelJson);

    /** Updates and canvas shares not yet settled, which act on a row delivered earlier. */
    @Query("select e from OutboxEntry e where e.teamId = :teamId and e.kind in (org.techvoice.outbox.OutboundMessage.Kind.UPDATE_MESSAGE, "
            + "org.techvoice.outbox.OutboundMessage.Kind.SHARE_CANVAS) and e.status in "
            + "(org.techvoice.outbox.OutboxEntry.Status.PENDING, org.techvoice.outbox.OutboxEntry.Status.IN_FLIGHT)")
    List<OutboxEntry> findUnsettledUpdates(@Param("teamId") String teamId);
}
