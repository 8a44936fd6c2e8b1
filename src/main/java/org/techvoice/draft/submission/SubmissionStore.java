package org.techvoice.draft.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The tables {@code submission} and {@code submission_action}; a submission is written once and never changed. */
@Component
class SubmissionStore {

    static final String FORGOTTEN = "forgotten";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SubmissionStore(DataSource dataSource, ObjectMapper json) {
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
    }

    long insert(String teamId, int stage, LocalDate submittedOn, Submission.Source source, int planMonths, KeyFigures figures,
            List<SubmittedAction> actions, String recordedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submission (team_id, stage, submitted_on, source, plan_months, figures, recorded_by, recorded_at)
                VALUES (:team, :stage, :on, :source, :months, :figures, :by, :at)""")
                .param("team", teamId).param("stage", stage).param("on", submittedOn).param("source", source.name())
                .param("months", planMonths).param("figures", figures == null ? null : write(figures))
                .param("by", recordedBy).param("at", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (SubmittedAction action : actions) {
            jdbc.sql("""
                    INSERT INTO submission_action (submission_id, team_id, position, reference, themes, description, action_lead,
                        deadline, rag, status, note, trajectory, evidence_refs)
                    VALUES (:submission, :team, :position, :reference, :themes, :description, :lead, :deadline, :rag, :status,
                        :note, :trajectory, :refs)""")
                    .param("submission", id).param("team", teamId).param("position", position++)
                    .param("reference", action.reference())
                    .param("themes", action.themes().stream().sorted().map(Theme::name).collect(Collectors.joining(",")))
                    .param("description", action.description()).param("lead", action.lead()).param("deadline", action.deadline())
                    .param("rag", action.rag() == null ? null : action.rag().name()).param("status", action.status().name())
                    .param("note", action.note())
                    .param("trajectory", action.trajectory().stream().map(Rag::name).collect(Collectors.joining(" ")))
                    .param("refs", String.join(" ", action.evidenceReferences()))
                    .update();
        }
        return id;
    }

    /** Oldest first. */
    List<Submission> all(String teamId) {
        Map<Long, List<SubmittedAction>> actions = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM submission_action WHERE team_id = :team ORDER BY submission_id, position")
                .param("team", teamId)
                .query((rs, n) -> Map.entry(rs.getLong("submission_id"), action(rs))).list()
                .forEach(e -> actions.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT * FROM submission WHERE team_id = :team ORDER BY submitted_on, id").param("team", teamId)
                .query((rs, n) -> new Submission(rs.getLong("id"), rs.getInt("stage"), rs.getObject("submitted_on", LocalDate.class),
                        Submission.Source.valueOf(rs.getString("source")), rs.getInt("plan_months"), read(rs.getString("figures")),
                        actions.getOrDefault(rs.getLong("id"), List.of()), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    List<Map<String, Object>> recordedBy(String teamId, String userId) {
        return jdbc.sql("SELECT stage, submitted_on, source, recorded_at FROM submission WHERE team_id = :team AND recorded_by = :user ORDER BY id")
                .param("team", teamId).param("user", userId)
                .query((rs, n) -> Map.<String, Object>of("stage", rs.getInt("stage"), "submittedOn", rs.getObject("submitted_on", LocalDate.class).toString(),
                        "source", rs.getString("source"), "recordedAt", rs.getTimestamp("recorded_at").toInstant().toString()))
                .list();
    }

    int forget(String teamId, String userId) {
        return jdbc.sql("UPDATE submission SET recorded_by = :forgotten WHERE team_id = :team AND recorded_by = :user")
                .param("forgotten", FORGOTTEN).param("team", teamId).param("user", userId).update();
    }

    long removeWorkspace(String teamId) {
        long actions = jdbc.sql("DELETE FROM submission_action WHERE team_id = :team").param("team", teamId).update();
        return actions + jdbc.sql("DELETE FROM submission WHERE team_id = :team").param("team", teamId).update();
    }

    private static SubmittedAction action(ResultSet rs) throws SQLException {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        Arrays.stream(rs.getString("themes").split(",")).filter(s -> !s.isBlank()).map(Theme::valueOf).forEach(themes::add);
        String rag = rs.getString("rag");
        String trajectory = rs.getString("trajectory");
        String refs = rs.getString("evidence_refs");
        return new SubmittedAction(rs.getString("reference"), themes, rs.getString("description"), rs.getString("action_lead"),
                rs.getObject("deadline", LocalDate.class), rag == null ? null : Rag.valueOf(rag), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                trajectory == null || trajectory.isBlank() ? List.of() : Arrays.stream(trajectory.split(" ")).map(Rag::valueOf).toList(),
                refs == null || refs.isBlank() ? List.of() : List.of(refs.split(" ")));
    }

    private String write(KeyFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the submission's figures", e);
        }
    }

    private KeyFigures read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, KeyFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a submission's figures", e);
        }
    }
}
