package org.techvoice.loop;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code loop_plan_change} rows: changes to actions waiting for the day's post. */
@Component
class PlanChanges {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanChanges(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    void record(String teamId, PlanChange change) {
        jdbc.update("insert into loop_plan_change (team_id, action_id, change_kind, changed_on, recorded_at) values (?, ?, ?, ?, ?)",
                teamId, change.actionId(), change.kind().name(), Date.valueOf(change.changedOn()), Timestamp.from(clock.instant()));
    }

    /** The changes made before {@code day}, oldest first. */
    List<PlanChange> before(String teamId, LocalDate day) {
        return jdbc.query("select action_id, change_kind, changed_on from loop_plan_change where team_id = ? and changed_on < ? order by id",
                (rs, i) -> new PlanChange(rs.getLong(1), PlanChange.Kind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate()),
                teamId, Date.valueOf(day));
    }

    int removeBefore(String teamId, LocalDate day) {
        return jdbc.update("delete from loop_plan_change where team_id = ? and changed_on < ?", teamId, Date.valueOf(day));
    }

    /** Workspaces with changes waiting. */
    List<String> teamsWaiting() {
        return jdbc.queryForList("select distinct team_id from loop_plan_change order by team_id", String.class);
    }

    int removeAll(String teamId) {
        return jdbc.update("delete from loop_plan_change where team_id = ?", teamId);
    }
}
