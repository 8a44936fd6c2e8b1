package org.techvoice.scheduling;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.privacy.RetentionParticipant;

/**
 * Stored requests name who asked (and an import carries its CSV) for the seconds until the job does them. A person
 * forgotten meanwhile takes their waiting requests with them (nothing is done, or DMed, after their erasure). One
 * still waiting when the outbox's retention period has passed was never going to be done, and goes.
 */
@Component
class StoredRequestPersonalData implements PersonalDataHolder, RetentionParticipant {

    private final JdbcTemplate jdbc;

    StoredRequestPersonalData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public String section() {
        return "pending-requests";
    }

    /** What is waiting and since when; not an import's CSV, which is about other people. */
    @Override
    public Object export(String teamId, String userId) {
        return jdbc.query("select kind, requested_at from stored_request where team_id = ? and user_id = ? order by id",
                (rs, row) -> new PendingRequest(rs.getString("kind"), rs.getTimestamp("requested_at").toInstant()), teamId, userId);
    }

    @Override
    public ErasureReport erase(String teamId, String userId) {
        // the erasure under way is this very request: its job removes it, and it is no request "cancelled"
        int deleted = jdbc.update("delete from stored_request where team_id = ? and user_id = ? and kind <> ?", teamId, userId,
                StoredRequests.ERASURE_KIND);
        return new ErasureReport(section(), deleted, 0, deleted == 0 ? "" : "Requests of yours still waiting were cancelled.");
    }

    @Override
    public String dataKind() {
        return "outbox";
    }

    @Override
    public int expireBefore(String teamId, Instant cutoff) {
        return jdbc.update("delete from stored_request where team_id = ? and requested_at < ?", teamId, Timestamp.from(cutoff));
    }

    record PendingRequest(String kind, Instant requestedAt) {
    }

}
