package org.techvoice.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Remembers which inbound Slack requests have been taken on, so that a request Slack delivers again
 * (Events API retries, {@code X-Slack-Retry-Num}) has its effect once.
 *
 * <p>Each call commits on its own, outside any caller's transaction: the claim must be visible to a retry
 * arriving on another thread or instance while the first delivery is still being handled.
 */
@Service
public class HandledRequests {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public HandledRequests(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** @return true the first time this key is seen for the team; false for every repeat */
    public boolean takeOn(String teamId, String key) {
        try {
            jdbc.update("insert into handled_request (team_id, request_key, handled_at) values (?, ?, ?)",
                    team(teamId), cut(key), Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyHandled) {
            return false;
        }
    }

    /** The handling failed: let Slack's next retry try again. */
    public void release(String teamId, String key) {
        jdbc.update("delete from handled_request where team_id = ? and request_key = ?", team(teamId), cut(key));
    }

    /** Slack retries for about an hour; what is older than {@code age} can no longer come back. */
    public int forgetOlderThan(Duration age) {
        return jdbc.update("delete from handled_request where handled_at < ?", Timestamp.from(clock.instant().minus(age)));
    }

    private static String team(String teamId) {
        return teamId == null ? "" : teamId;
    }

    private static String cut(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
