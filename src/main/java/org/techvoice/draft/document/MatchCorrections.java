package org.techvoice.draft.document;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.audit.AuditLog;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.MatchCorrection.Mechanism;
import org.techvoice.draft.document.MatchCorrectionRefused.Reason;
import org.techvoice.themes.ThemeCatalogue;

/**
 * The lead's corrections of the gap analysis (table {@code gap_match_correction}): a match marked wrong is left out of
 * every later draft, and of the findings' gaps, until the lead undoes it. The caller checks the lead's role; this
 * checks what was typed, keeps the row per workspace and audits each change.
 */
@Service
public class MatchCorrections {

    public enum Outcome { MARKED, ALREADY_MARKED, UNDONE, NOT_MARKED }

    private static final Pattern ENTRY = Pattern.compile("[VCA]-\\d{1,18}");

    private final JdbcTemplate jdbc;
    private final ThemeCatalogue catalogue;
    private final ObjectProvider<EntryEvidenceSource> entries;
    private final ActionPlanService actionPlan;
    private final AuditLog audit;
    private final Clock clock;

    MatchCorrections(DataSource dataSource, ThemeCatalogue catalogue, ObjectProvider<EntryEvidenceSource> entries,
            ActionPlanService actionPlan, AuditLog audit, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.catalogue = catalogue;
        this.entries = entries;
        this.actionPlan = actionPlan;
        this.audit = audit;
        this.clock = clock;
    }

    /** Marks "this evidence does not show this activity". @throws MatchCorrectionRefused when either is unknown */
    @Transactional
    public Outcome markWrong(String teamId, String userId, String activity, String evidence) {
        MatchCorrection correction = checked(teamId, activity, evidence);
        int added = jdbc.update("insert into gap_match_correction (team_id, activity_id, evidence, marked_on) values (?, ?, ?, ?) "
                + "on conflict do nothing", teamId, correction.activityId(), correction.evidence(), Date.valueOf(correction.markedOn()));
        if (added == 0) {
            return Outcome.ALREADY_MARKED;
        }
        audit.record(teamId, userId, "gap-match-wrong", correction.activityId() + " not shown by " + correction.evidence());
        return Outcome.MARKED;
    }

    /** Undoes a mark: the next draft counts the match again if the evidence still shows it. */
    @Transactional
    public Outcome undo(String teamId, String userId, String activity, String evidence) {
        String activityId = activityId(activity);
        String key = evidenceKey(evidence);
        // an entry or action deleted since it was marked can still be unmarked, so only the shape is checked here
        int removed = jdbc.update("delete from gap_match_correction where team_id = ? and activity_id = ? and evidence = ?",
                teamId, activityId, key);
        if (removed == 0) {
            return Outcome.NOT_MARKED;
        }
        audit.record(teamId, userId, "gap-match-undone", activityId + " shown by " + key + " again");
        return Outcome.UNDONE;
    }

    /** The workspace's corrections, by activity then evidence. */
    public List<MatchCorrection> list(String teamId) {
        return jdbc.query("select activity_id, evidence, marked_on from gap_match_correction where team_id = ? "
                + "order by activity_id, evidence", (row, i) -> new MatchCorrection(row.getString(1), row.getString(2),
                        row.getDate(3).toLocalDate()), teamId);
    }

    /** What a draft drops, read once per draft. */
    Dropped dropped(String teamId) {
        Set<String> keys = new HashSet<>();
        list(teamId).forEach(c -> keys.add(key(c.activityId(), c.evidence())));
        return new Dropped(Set.copyOf(keys));
    }

    int removeWorkspace(String teamId) {
        return jdbc.update("delete from gap_match_correction where team_id = ?", teamId);
    }

    /** The matches a workspace's lead marked wrong. */
    public record Dropped(Set<String> keys) {

        public static final Dropped NONE = new Dropped(Set.of());

        public boolean dropped(String activityId, String evidence) {
            return !keys.isEmpty() && keys.contains(key(activityId, evidence.toUpperCase(Locale.ROOT)));
        }

        public boolean dropped(String activityId, Mechanism mechanism) {
            return keys.contains(key(activityId, mechanism.key()));
        }
    }

    private static String key(String activityId, String evidence) {
        return activityId + "|" + evidence;
    }

    private MatchCorrection checked(String teamId, String activity, String evidence) {
        String activityId = activityId(activity);
        String key = evidenceKey(evidence);
        if (Arrays.stream(Mechanism.values()).noneMatch(m -> m.key().equals(key))) {
            if (key.startsWith("V-") && ENTRY.matcher(key).matches()) {
                throw new MatchCorrectionRefused(Reason.VOICE_ENTRY, key);
            }
            boolean known = ENTRY.matcher(key).matches() ? entry(teamId, key).isPresent()
                    : actionPlan.list(teamId).stream().anyMatch(action -> action.reference().equalsIgnoreCase(key));
            if (!known) {
                throw new MatchCorrectionRefused(Reason.UNKNOWN_EVIDENCE, key);
            }
        }
        return new MatchCorrection(activityId, key, LocalDate.now(clock));
    }

    private Optional<EvidenceEntry> entry(String teamId, String reference) {
        return entries.orderedStream().map(source -> source.byReference(teamId, reference)).flatMap(Optional::stream).findFirst();
    }

    private String activityId(String typed) {
        String id = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (catalogue.activity(id).isEmpty()) {
            throw new MatchCorrectionRefused(Reason.UNKNOWN_ACTIVITY, id);
        }
        return id;
    }

    /** A mechanism's key in lower case, any reference in upper case, as the appendix shows them. */
    private static String evidenceKey(String typed) {
        Optional<Mechanism> mechanism = Mechanism.byKey(typed);
        if (mechanism.isPresent()) {
            return mechanism.get().key();
        }
        String upper = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.length() > 40) {
            throw new MatchCorrectionRefused(Reason.UNKNOWN_EVIDENCE, upper.length() > 40 ? upper.substring(0, 40) + "…" : upper);
        }
        return upper;
    }
}
