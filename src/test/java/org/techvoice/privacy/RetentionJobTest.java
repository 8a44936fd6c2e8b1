package org.techvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.support.SlackAppTest;
import org.techvoice.workspaces.WorkspaceService;

/** The retention job, run by hand with the clock moved forward. */
@SlackAppTest
class RetentionJobTest {

    @Autowired
    RetentionProperties properties;

    @Autowired
    List<RetentionParticipant> participants;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    RetentionJob jobAt(Instant now) {
        return new RetentionJob(properties, participants, workspaces, Clock.fixed(now, ZoneOffset.UTC));
    }

    long audits(String detail) {
        return jdbc.queryForObject("select count(*) from audit_entry where detail = ?", Long.class, detail);
    }

    long outboxRows(String key) {
        return jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Long.class, key);
    }

    void insertOutboxRow(String key, String status, Instant createdAt, Instant nextAttemptAt) {
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, delivered_at) values (?, ?, 'DIRECT_MESSAGE', '{}', ?, 0, ?, ?, ?)""",
                TEAM, key, status, java.sql.Timestamp.from(nextAttemptAt), java.sql.Timestamp.from(createdAt),
                "DELIVERED".equals(status) ? java.sql.Timestamp.from(createdAt) : null);
    }

    @Test
    void periodsComeFromConfiguration() {
        assertThat(properties.periodFor("audit")).isEqualTo(Period.ofYears(2));
        assertThat(properties.periodFor("outbox")).isEqualTo(Period.ofDays(30));
        assertThat(properties.periodFor("entries")).isEqualTo(Period.ofYears(3));
        assertThat(properties.periodFor("surveys")).isEqualTo(Period.ofYears(3));
    }

    @Test
    void oldDeliveredOutboxRowsGoAfterThirtyDaysAuditEntriesAfterTwoYearsAndPendingRowsNever() {
        workspaces.recordSeen(TEAM, null);
        workspaces.recordSeen(OTHER_TEAM, null);
        audit.record(TEAM, "U0RETAIN1", "draft.pull", "retention: this team's entry");
        audit.record(OTHER_TEAM, "U0RETAIN2", "draft.pull", "retention: other team's entry");
        // written directly, so the running outbox worker has nothing due to deliver and statuses stay put
        Instant now = Instant.now();
        insertOutboxRow("retention:delivered", "DELIVERED", now, now);
        insertOutboxRow("retention:pending", "PENDING", now, now.plus(java.time.Duration.ofDays(3650)));

        jobAt(now.plus(java.time.Duration.ofDays(29))).run();
        assertThat(outboxRows("retention:delivered")).isEqualTo(1);

        var expired = jobAt(now.plus(java.time.Duration.ofDays(31))).run();
        assertThat(expired.get("outbox")).isGreaterThanOrEqualTo(1);
        assertThat(outboxRows("retention:delivered")).isZero();
        assertThat(outboxRows("retention:pending")).isEqualTo(1);
        assertThat(audits("retention: this team's entry")).isEqualTo(1);

        Instant twoYearsOn = now.atZone(ZoneOffset.UTC).plusYears(2).plusDays(1).toInstant();
        var later = jobAt(twoYearsOn).run();
        assertThat(later.get("audit")).isGreaterThanOrEqualTo(2);
        assertThat(audits("retention: this team's entry")).isZero();
        assertThat(audits("retention: other team's entry")).isZero();
        assertThat(outboxRows("retention:pending")).isEqualTo(1);
    }
}
