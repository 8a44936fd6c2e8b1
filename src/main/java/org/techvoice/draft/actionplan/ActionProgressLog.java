package org.techvoice.draft.actionplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kept history of every action's progress ({@code action_progress}): rows are only ever added. */
@Component
class ActionProgressLog {

    static final String FORGOTTEN = "forgotten";

    private final JdbcClient jdbc;

    ActionProgressLog(javax.sql.DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void append(String teamId, ProgressUpdate update) {
        jdbc.sql("""
                INSERT INTO action_progress (team_id, action_id, rag, status, note, evidence_refs, updated_by, updated_at)
                VALUES (:team, :action, :rag, :status, :note, :refs, :by, :at)""")
                .param("team", teamId).param("action", update.actionId()).param("rag", update.rag().name())
                .param("status", update.status().name()).param("note", update.note())
                .param("refs", String.join(" ", update.evidenceReferences())).param("by", update.updatedBy())
                .param("at", Timestamp.from(update.updatedAt()))
                .update();
    }

    /** Oldest first, as they were made. */
    List<ProgressUpdate> of(String teamId, long actionId) {
        return jdbc.sql("SELECT * FROM action_progress WHERE team_id = :team AND action_id = :action ORDER BY updated_at, id")
                .param("team", teamId).param("action", actionId).query(ActionProgressLog::row).list();
    }

    /** Every action's history, oldest first within each. */
    Map<Long, List<ProgressUpdate>> all(String teamId) {
        Map<Long, List<ProgressUpdate>> byAction = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM action_progress WHERE team_id = :team ORDER BY action_id, updated_at, id")
                .param("team", teamId).query(ActionProgressLog::row).list()
                .forEach(update -> byAction.computeIfAbsent(update.actionId(), id -> new java.util.ArrayList<>()).add(update));
        return byAction;
    }

    List<Map<String, Object>> madeBy(String teamId, String userId) {
        return jdbc.sql("""
                SELECT i.reference, p.rag, p.status, p.note, p.updated_at FROM action_progress p
                JOIN action_plan_item i ON i.id = p.action_id
                WHERE p.team_id = :team AND p.updated_by = :user ORDER BY p.updated_at, p.id""")
                .param("team", teamId).param("user", userId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("action", rs.getString("reference"));
                    row.put("rag", rs.getString("rag"));
                    row.put("status", rs.getString("status"));
                    row.put("note", rs.getString("note"));
                    row.put("updatedAt", rs.getTimestamp("updated_at").toInstant().toString());
                    return row;
                }).list();
    }

    int forget(String teamId, String userId) {
        return jdbc.sql("UPDATE action_progress SET updated_by = :forgotten WHERE team_id = :team AND updated_by = :user")
                .param("forgotten", FORGOTTEN).param("team", teamId).param("user", userId).update();
    }

    /** The actions this person added to the plan, by reference. */
    List<String> addedBy(String teamId, String userId) {
        return jdbc.sql("SELECT reference FROM action_plan_item WHERE team_id = :team AND created_by = :user ORDER BY reference")
                .param("team", teamId).param("user", userId).query(String.class).list();
    }

    /**
     * The plan keeps its actions, no longer naming the person: neither as who added one nor as a mention in its lead
     * (a lead named in words is the institution's record of a role, and stays).
     */
    int forgetInActions(String teamId, String userId) {
        int added = jdbc.sql("UPDATE action_plan_item SET created_by = :forgotten WHERE team_id = :team AND created_by = :user")
                .param("forgotten", FORGOTTEN).param("team", teamId).param("user", userId).update();
        int led = jdbc.sql("UPDATE action_plan_item SET action_lead = REPLACE(action_lead, :mention, :forgotten)"
                        + " WHERE team_id = :team AND action_lead LIKE :pattern")
                .param("mention", "<@" + userId + ">").param("forgotten", FORGOTTEN).param("team", teamId)
                .param("pattern", "%<@" + userId + ">%").update();
        return added + led;
    }

    long removeWorkspace(String teamId) {
        return jdbc.sql("DELETE FROM action_progress WHERE team_id = :team").param("team", teamId).update();
    }

    private static ProgressUpdate row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String refs = rs.getString("evidence_refs");
        Instant at = rs.getTimestamp("updated_at").toInstant();
        return new ProgressUpdate(rs.getLong("action_id"), Rag.valueOf(rs.getString("rag")), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("note"), refs == null || refs.isBlank() ? List.of() : List.of(refs.split(" ")), rs.getString("updated_by"), at);
    }
}
