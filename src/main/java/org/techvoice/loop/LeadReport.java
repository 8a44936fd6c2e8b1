package org.techvoice.loop;

import java.time.LocalDate;
import java.util.List;

import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * The leads' monthly DM, as facts: what needs their review and what in the plan has stalled.
 *
 * @param since             the previous report's day (or the start of the month before, for the first)
 * @param newFindings       open findings with entries since then
 * @param proposalsWaiting  proposed actions of open findings, awaiting the lead's decision
 * @param overdue           actions whose deadline has passed
 * @param stale             actions with no recorded change for {@link LeadReports#STALE_DAYS} days
 */
public record LeadReport(String teamId, LocalDate since, LocalDate today, int minimumGroupSize, List<NewFinding> newFindings,
        int proposalsWaiting, List<PlanAction> overdue, List<PlanAction> stale, List<Participation> surveys) {

    public LeadReport {
        newFindings = List.copyOf(newFindings);
        overdue = List.copyOf(overdue);
        stale = List.copyOf(stale);
        surveys = List.copyOf(surveys);
    }

    public boolean empty() {
        return newFindings.isEmpty() && proposalsWaiting == 0 && overdue.isEmpty() && stale.isEmpty() && surveys.isEmpty();
    }

    /** @param countShown false under the minimum group size: "fewer than N" */
    public record NewFinding(String reference, Theme theme, String title, long entries, boolean countShown) {
    }

    public record PlanAction(String reference, String description, LocalDate deadline, Rag rag) {
    }

    /** @param respondentsStep 0 when exact; else the count is rounded down to it (an anonymous survey still open) */
    public record Participation(String reference, String title, boolean open, int asked, int respondents, int respondentsStep,
            int responseRatePercent) {
    }
}
