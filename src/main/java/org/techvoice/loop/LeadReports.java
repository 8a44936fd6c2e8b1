package org.techvoice.loop;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.surveys.SurveyOverview;
import org.techvoice.surveys.SurveyStatus;
import org.techvoice.workspaces.WorkspaceService;

/**
 * The leads' monthly DM, sent once a calendar month at a reading hour of a working day in the workspace's zone: new
 * findings since the last report, proposals awaiting review, overdue and stale actions, survey participation. Skipped
 * (and recorded as done) when there is nothing to say; switched off by an admin.
 */
@Service
public class LeadReports {

    private static final Logger log = LoggerFactory.getLogger(LeadReports.class);

    /** An action not updated for this long is worth a nudge. */
    static final int STALE_DAYS = 60;

    private final LoopSettingsStore settings;
    private final WorkspaceTime time;
    private final WorkspaceService workspaces;
    private final RoleService roles;
    private final PlanReviewService reviews;
    private final ActionPlanService plan;
    private final PlanChanges changes;
    private final SurveyOverview surveys;
    private final LoopMessages messages;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    LeadReports(LoopSettingsStore settings, WorkspaceTime time, WorkspaceService workspaces, RoleService roles,
            PlanReviewService reviews, ActionPlanService plan, PlanChanges changes, SurveyOverview surveys, LoopMessages messages,
            Outbox outbox, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.time = time;
        this.workspaces = workspaces;
        this.roles = roles;
        this.reviews = reviews;
        this.plan = plan;
        this.changes = changes;
        this.surveys = surveys;
        this.messages = messages;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void sendDue() {
        for (String teamId : workspaces.teamIds()) {
            try {
                sendDue(teamId);
            } catch (RuntimeException e) {
                // one workspace's trouble (a finding that will not compute, a bad row) must not hold back the others
                log.warn("Loop: {} skipped {} this run: {}", "LeadReports", teamId, e.getMessage());
            }
        }
    }

    /** @return the report sent to the leads, if one was due and had something to say */
    public Optional<LeadReport> sendDue(String teamId) {
        LoopSettings switches = settings.settings(teamId);
        if (!switches.leadReports()) {
            return Optional.empty();
        }
        ZonedDateTime local = time.now(switches.zone());
        LocalDate today = local.toLocalDate();
        Optional<LocalDate> last = settings.lastLeadReportOn(teamId);
        if (!time.readingHour(local) || last.filter(day -> day.withDayOfMonth(1).equals(today.withDayOfMonth(1))).isPresent()) {
            return Optional.empty();
        }
        List<String> leads = roles.holders(teamId, Role.LEAD);
        LeadReport report = report(teamId, last.orElse(today.minusMonths(1).withDayOfMonth(1)), today);
        transactions.executeWithoutResult(status -> {
            if (!report.empty() && !leads.isEmpty()) {
                LoopMessage message = messages.leadReport(report);
                leads.forEach(lead -> outbox.enqueue(OutboundMessage.directMessage(teamId,
                        "loop:lead-report:" + today.withDayOfMonth(1) + ":" + lead, lead, message.text(), message.blocksJson())));
            }
            settings.leadReportSent(teamId, today);
        });
        return report.empty() || leads.isEmpty() ? Optional.empty() : Optional.of(report);
    }

    LeadReport report(String teamId, LocalDate since, LocalDate today) {
        PlanFindings findings = reviews.review(teamId, today).findings();
        List<LeadReport.NewFinding> fresh = findings.findings().stream()
                .filter(f -> f.status() == Finding.Status.OPEN && f.kind() != Finding.Kind.GAP)
                .filter(f -> f.lastDay() != null && !f.lastDay().isBefore(since))
                .map(f -> new LeadReport.NewFinding(f.reference(), f.mainTheme(), f.title(), f.countShown() ? f.entryCount() : 0,
                        f.countShown() && f.entryCount() >= findings.minimumGroupSize()))
                .toList();
        int waiting = (int) findings.findings().stream().filter(f -> f.status() == Finding.Status.OPEN)
                .mapToLong(f -> findings.proposalsFor(f.reference()).size()).sum();
        // done or dropped: nothing more is expected of it, so it is neither overdue nor stale
        List<ActionItem> actions = plan.list(teamId).stream().filter(a -> !a.status().closed()).toList();
        Set<Long> moved = new HashSet<>();
        changes.between(teamId, today.minusDays(STALE_DAYS), today.plusDays(1)).forEach(c -> moved.add(c.actionId()));
        List<LeadReport.PlanAction> overdue = actions.stream()
                .filter(a -> a.deadline() != null && a.deadline().isBefore(today))
                .map(LeadReports::action).toList();
        List<LeadReport.PlanAction> stale = actions.stream()
                .filter(a -> (a.deadline() == null || !a.deadline().isBefore(today)) && !moved.contains(a.id())
                        && (a.startsOn() == null || a.startsOn().isBefore(today.minusDays(STALE_DAYS))))
                .map(LeadReports::action).toList();
        List<LeadReport.Participation> participation = surveys.latest(teamId).stream()
                .filter(s -> s.status() == SurveyStatus.OPEN || s.closesAt() != null && !s.closesAt().atZone(time.now(teamId).getZone())
                        .toLocalDate().isBefore(since))
                .map(s -> new LeadReport.Participation(s.reference(), s.title(), s.status() == SurveyStatus.OPEN, s.audienceSize(),
                        s.respondents(), s.respondentsStep(), s.responseRatePercent()))
                .toList();
        return new LeadReport(teamId, since, today, findings.minimumGroupSize(), fresh, waiting, overdue, stale, participation);
    }

    private static LeadReport.PlanAction action(ActionItem a) {
        return new LeadReport.PlanAction(a.reference(), a.description(), a.deadline(), a.rag());
    }
}
