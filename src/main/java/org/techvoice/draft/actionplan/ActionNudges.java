package org.techvoice.draft.actionplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.PersonDirectory;
import org.techvoice.people.PersonDirectory.DirectoryPerson;
import org.techvoice.people.WorkingHours;

/**
 * Once a month, a DM to each open action's owner (when its lead field names a Slack person) asking for an update:
 * a month after the later of the last update and the last nudge, in the owner's working hours and own time zone
 * (the same {@link WorkingHours} rule as survey reminders), never for a done or dropped action, never in a workspace
 * whose lead switched nudges off. Each nudge goes through the outbox under a key per action per month, so a crash,
 * a second run or a second instance never doubles one.
 */
@Service
public class ActionNudges {

    private static final Logger log = LoggerFactory.getLogger(ActionNudges.class);
    /** No calendar month is shorter: earlier than this the owner's zone need not even be looked up. */
    private static final Duration SHORTEST_MONTH = Duration.ofDays(28);

    private final JdbcClient jdbc;
    private final ActionPlanService actionPlan;
    private final PersonDirectory directory;
    private final WorkingHours workingHours;
    private final ActionNudgeMessages messages;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ActionNudges(javax.sql.DataSource dataSource, ActionPlanService actionPlan, PersonDirectory directory, WorkingHours workingHours,
            ActionNudgeMessages messages, Outbox outbox, TransactionTemplate transactions, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.actionPlan = actionPlan;
        this.directory = directory;
        this.workingHours = workingHours;
        this.messages = messages;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the workspace's owners are nudged; on unless a lead switched them off. */
    public boolean enabled(String teamId) {
        return jdbc.sql("SELECT enabled FROM action_nudge_setting WHERE team_id = :team").param("team", teamId)
                .query(Boolean.class).optional().orElse(true);
    }

    public void setEnabled(String teamId, boolean enabled) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> {
            int changed = jdbc.sql("UPDATE action_nudge_setting SET enabled = :on, changed_at = :at WHERE team_id = :team")
                    .param("on", enabled).param("at", now).param("team", teamId).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO action_nudge_setting (team_id, enabled, changed_at) VALUES (:team, :on, :at)")
                        .param("team", teamId).param("on", enabled).param("at", now).update();
            }
        });
    }

    /** One pass over every workspace's open actions; run by the scheduled job. */
    public void nudgeDue() {
        nudgeDue(clock.instant());
    }

    void nudgeDue(Instant now) {
        for (Candidate candidate : candidates()) {
            Optional<String> owner = ActionOwner.userId(candidate.lead());
            if (owner.isEmpty() || now.isBefore(candidate.lastTouched().plus(SHORTEST_MONTH))) {
                continue;
            }
            Optional<DirectoryPerson> person;
            try {
                person = directory.person(candidate.teamId(), owner.get());
            } catch (PersonDirectory.DirectoryUnavailableException e) {
                // Slack is away or refused: the next run (minutes later, still in working hours) asks again
                log.warn("Action nudge for action {} waits: {}", candidate.id(), e.getMessage());
                continue;
            }
            if (person.isEmpty() || !person.get().isActivePerson()) {
                continue; // left the workspace, or a bot: nobody to ask
            }
            ZonedDateTime local = workingHours.local(now, person.get().timeZone());
            if (due(candidate.lastTouched(), local, workingHours)) {
                transactions.executeWithoutResult(status -> nudge(candidate, owner.get(), local, now));
            }
        }
    }

    /** A month after the later of the last update and the last nudge, counted in the owner's zone, in working hours. */
    static boolean due(Instant lastTouched, ZonedDateTime ownerNow, WorkingHours hours) {
        return hours.contains(ownerNow) && !ownerNow.isBefore(lastTouched.atZone(ownerNow.getZone()).plusMonths(1));
    }

    private void nudge(Candidate candidate, String ownerId, ZonedDateTime local, Instant now) {
        // checked again inside the transaction: the action may have been done, dropped or updated meanwhile
        int claimed = jdbc.sql("""
                UPDATE action_plan_item SET last_nudged_at = :now
                WHERE team_id = :team AND id = :id AND status NOT IN ('DONE', 'DROPPED')
                  AND updated_at <= :touched AND (last_nudged_at IS NULL OR last_nudged_at <= :touched)""")
                .param("now", Timestamp.from(now)).param("team", candidate.teamId()).param("id", candidate.id())
                .param("touched", Timestamp.from(candidate.lastTouched())).update();
        if (claimed == 0) {
            return;
        }
        actionPlan.find(candidate.teamId(), candidate.id()).ifPresent(action -> outbox.enqueue(OutboundMessage.directMessage(
                candidate.teamId(), "action:%d:nudge:%s".formatted(action.id(), YearMonth.from(local)), ownerId,
                messages.text(action), messages.blocks(action))));
    }

    private List<Candidate> candidates() {
        return jdbc.sql("""
                SELECT i.id, i.team_id, i.action_lead, i.updated_at, i.last_nudged_at FROM action_plan_item i
                WHERE i.status NOT IN ('DONE', 'DROPPED')
                  AND NOT EXISTS (SELECT 1 FROM action_nudge_setting s WHERE s.team_id = i.team_id AND s.enabled = FALSE)
                ORDER BY i.team_id, i.id""")
                .query((rs, n) -> {
                    Instant updated = rs.getTimestamp("updated_at").toInstant();
                    Timestamp nudged = rs.getTimestamp("last_nudged_at");
                    Instant touched = nudged != null && nudged.toInstant().isAfter(updated) ? nudged.toInstant() : updated;
                    return new Candidate(rs.getLong("id"), rs.getString("team_id"), rs.getString("action_lead"), touched);
                }).list();
    }

    private record Candidate(long id, String teamId, String lead, Instant lastTouched) {
    }
}
