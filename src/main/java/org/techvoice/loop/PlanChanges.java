package org.techvoice.loop;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code loop_plan_change} rows: changes to the plan's actions, waiting for the day's "you said, we did" post until
 * it marks them, and read by the digest for the actions that moved in its period.
 */
@Component
class PlanChanges {

    /** Longer than the longest digest period, so a monthly digest still sees its month. */
    static final int KEPT_DAYS = 120;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanChanges(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** @param forPost whether it waits for a "you said, we did" post; else it is kept for the digest only */
    void record(String teamId, PlanChange change, boolean forPost) {
        jdbc.update("insert into loop_plan_change (team_id, action_id, change_kind, said_did_done, changed_on, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)", teamId, change.actionId(), change.kind().name(), !forPost,
                Date.valueOf(change.changedOn()), Timestamp.from(clock.instant()));
    }

    /** The changes made before {@code day} not yet in a "you said, we did" post, oldest first. */
    List<PlanChange> waitingBefore(String teamId, LocalDate day) {
        return jdbc.query("select action_id, change_kind, changed_on from loop_plan_change "
                + "where team_id = ? and changed_on < ? and said_did_done = false order by id", PlanChanges::change, teamId, Date.valueOf(day));
    }

    /** The changes made from {@code from} to the day before {@code until}, oldest first. */
    List<PlanChange> between(String teamId, LocalDate from, LocalDate until) {
        return jdbc.query("select action_id, change_kind, changed_on from loop_plan_change "
                + "where team_id = ? and changed_on >= ? and changed_on < ? order by id", PlanChanges::change, teamId,
                Date.valueOf(from), Date.valueOf(until));
    }

    int markPostedBefore(String teamId, LocalDate day) {
        return jdbc.update("update loop_plan_change set said_did_done = true where team_id = ? and changed_on < ? and said_did_done = false",
                teamId, Date.valueOf(day));
    }

    int markAllPosted(String teamId) {
        return jdbc.update("update loop_plan_change set said_did_done = true where team_id = ? and said_did_done = false", teamId);
    }

    /** Workspaces with changes waiting for a post. */
    List<String> teamsWaiting() {
        return jdbc.queryForList("select distinct team_id from loop_plan_change where said_did_done = false order by team_id", String.class);
    }

    int forgetOlderThan(LocalDate day) {
        return jdbc.update("delete from loop_plan_change where changed_on < ?", Date.valueOf(day));
    }

    int removeAll(String teamId) {
        return jdbc.update("delete from loop_plan_change where team_id = ?", teamId);
    }

    private static PlanChange change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PlanChange(rs.getLong(1), PlanChange.Kind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate());
    }
}
