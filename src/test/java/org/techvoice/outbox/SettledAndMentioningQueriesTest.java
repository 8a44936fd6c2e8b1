package org.techvoice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.SlackAppTest;

/**
 * Two outbox queries are written without parentheses (start-up cost, see the queries): each branch keeps the team,
 * so retention deletes only a team's settled rows past the cutoff, and a person's rows are found by key or payload,
 * never another workspace's.
 */
@SlackAppTest
class SettledAndMentioningQueriesTest {

    @Autowired
    SettledMessages settled;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Instant now = Instant.now();
    final Instant old = now.minus(Duration.ofDays(40));

    @Test
    void retentionDeletesOnlyTheTeamsDeliveredAndFailedRowsBeforeTheCutoff() {
        insert(TEAM, "delivered-old", "DELIVERED", old, "{}");
        insert(TEAM, "failed-old", "FAILED", old, "{}");
        insert(TEAM, "delivered-new", "DELIVERED", now, "{}");
        insert(TEAM, "pending-old", "PENDING", old, "{}");
        insert(OTHER_TEAM, "delivered-old", "DELIVERED", old, "{}");
        insert(OTHER_TEAM, "failed-old", "FAILED", old, "{}");

        Integer deleted = transaction.execute(status -> settled.deleteSettledBefore(TEAM, now.minus(Duration.ofDays(30))));

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(left(TEAM)).containsExactlyInAnyOrder("delivered-new", "pending-old");
        assertThat(left(OTHER_TEAM)).containsExactlyInAnyOrder("delivered-old", "failed-old");
    }

    @Test
    void findsTheTeamsRowsMentioningAPersonInKeyOrPayload() {
        String user = "U0M" + run.toUpperCase();
        insert(TEAM, "dm:" + user, "DELIVERED", old, "{}");
        insert(TEAM, "post", "DELIVERED", old, "{\"channel\":\"" + user + "\"}");
        insert(TEAM, "unrelated", "DELIVERED", old, "{}");
        insert(OTHER_TEAM, "dm:" + user, "DELIVERED", old, "{\"channel\":\"" + user + "\"}");

        assertThat(outbox.findMentioning(TEAM, user)).extracting(OutboxEntry::idempotencyKey)
                .containsExactly(key("dm:" + user), key("post"));
    }

    private String key(String name) {
        return "queries:" + run + ":" + name;
    }

    private java.util.List<String> left(String team) {
        return jdbc.queryForList("select idempotency_key from outbox_message where team_id = ? and idempotency_key like ?",
                String.class, team, "queries:" + run + ":%").stream().map(k -> k.substring(key("").length())).toList();
    }

    /** Written directly, far from due, so the running outbox worker leaves the rows as they are. */
    private void insert(String team, String name, String status, Instant createdAt, String payload) {
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, delivered_at) values (?, ?, 'DIRECT_MESSAGE', ?, ?, 0, ?, ?, ?)""",
                team, key(name), payload, status, Timestamp.from(now.plus(Duration.ofDays(3650))), Timestamp.from(createdAt),
                "DELIVERED".equals(status) ? Timestamp.from(createdAt) : null);
    }
}
