package org.techvoice.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Rows Slack already has (DELIVERED) or that were given up on (FAILED), for retention and forget-me. Kept apart
 * from {@link OutboxRepository} so delivery and housekeeping evolve independently; PENDING and IN_FLIGHT rows
 * are never touched here, they are still owed to Slack.
 */
interface SettledMessages extends Repository<OutboxEntry, Long> {

    @Modifying
    // no parentheses, the team id in each branch (AND binds tighter than OR): nested parentheses cost the HQL parsers
    // seconds of start-up (RepositoryWarmUp)
    @Query("delete from OutboxEntry e where "
            + "e.teamId = :teamId and e.status = org.techvoice.outbox.OutboxEntry.Status.DELIVERED and e.deliveredAt < :cutoff "
            + "or e.teamId = :teamId and e.status = org.techvoice.outbox.OutboxEntry.Status.FAILED and e.createdAt < :cutoff")
    int deleteSettledBefore(@Param("teamId") String teamId, @Param("cutoff") Instant cutoff);

    /** @param channelJson {@code "channel":"<user id>"} as the payload's JSON spells it: messages sent to that person */
    @Query("select e from OutboxEntry e where e.teamId = :teamId and e.payload like concat('%', :channelJson, '%') and "
            + "e.status in (org.techvoice.outbox.OutboxEntry.Status.DELIVERED, org.techvoice.outbox.OutboxEntry.Status.FAILED) "
            + "order by e.createdAt")
    List<OutboxEntry> findSettledTo(@Param("teamId") String teamId, @Param("channelJson") String channelJson);

    @Modifying
    @Query("delete from OutboxEntry e where e.teamId = :teamId and e.payload like concat('%', :channelJson, '%') and "
            + "e.status in (org.techvoice.outbox.OutboxEntry.Status.DELIVERED, org.techvoice.outbox.OutboxEntry.Status.FAILED)")
    int deleteSettledTo(@Param("teamId") String teamId, @Param("channelJson") String channelJson);

    /** Copies of messages delivered into these channels (a person's DMs with TechVoice). */
    @Modifying
    @Query("delete from OutboxEntry e where e.teamId = :teamId and e.deliveredChannel in :channels and "
            + "e.status in (org.techvoice.outbox.OutboxEntry.Status.DELIVERED, org.techvoice.outbox.OutboxEntry.Status.FAILED)")
    int deleteSettledIn(@Param("teamId") String teamId, @Param("channels") Collection<String> channels);
}
