package org.techvoice.findings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.techvoice.actionlibrary.ActionTemplate;
import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.SurveySignal;
import org.techvoice.draft.ProposedAction;

/**
 * Turns an open finding and its best library templates into proposed actions in the form real plans use: the action and
 * its sub-steps, a suggested owner, start and deadline inside the horizon, a success measure whose baseline cites its
 * survey question, n and month (or says a baseline is still to be collected), the evidence, and one line of why.
 */
final class ProposalMaker {

    static final String NO_BASELINE = "a baseline still to be collected";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final TopicBank bank;
    private final LocalDate startsOn;
    private final LocalDate horizon;
    private final int minimumGroupSize;
    /** the latest figure of the rating question nearest each template, when there is one */
    private final Map<Integer, SurveySignal> baselines;

    ProposalMaker(TopicBank bank, LocalDate asOf, LocalDate horizon, int minimumGroupSize, Map<Integer, SurveySignal> baselines) {
        this.bank = bank;
        // plans start on the first of a month; the first month is for agreeing the owner
        this.startsOn = asOf.withDayOfMonth(1).plusMonths(1);
        this.horizon = horizon;
        this.minimumGroupSize = minimumGroupSize;
        this.baselines = baselines;
    }

    /** @param templates the finding's best templates, best first */
    List<ProposedAction> propose(Finding finding, List<Integer> templates, String nearestConcern) {
        List<ProposedAction> proposals = new ArrayList<>();
        int rank = 0;
        for (int index : templates) {
            rank++;
            ActionTemplate template = bank.template(index);
            LocalDate deadline = startsOn.plusMonths(template.months()).minusDays(1);
            if (deadline.isAfter(horizon)) {
                deadline = horizon;
            }
            LocalDate start = startsOn.isAfter(deadline) ? deadline : startsOn;
            SurveySignal baseline = finding.signal() != null ? finding.signal() : baselines.get(index);
            List<String> evidence = new ArrayList<>(finding.evidenceReferences());
            if (baseline != null && !evidence.contains(baseline.questionReference())) {
                evidence.add(baseline.questionReference());
            }
            proposals.add(new ProposedAction(FindingReferences.proposal(finding.reference(), rank), finding.reference(),
                    finding.origin(), template.id(), template.themes(), template.topic(), template.steps(), template.owner(), start,
                    deadline, measure(template, baseline), evidence, why(finding, template, rank, nearestConcern)));
        }
        return proposals;
    }

    static String measure(ActionTemplate template, SurveySignal baseline) {
        if (baseline == null) {
            return template.measure().fill(NO_BASELINE, template.measure().defaultTarget());
        }
        int target = baseline.agreePercent() >= template.agreeTarget() ? Math.min(100, baseline.agreePercent() + 10) : template.agreeTarget();
        return "raise agreement with '" + baseline.question() + "' from " + baseline.agreePercent() + "% agree ("
                + baseline.questionReference() + ", n=" + baseline.respondents() + ", " + MONTH.format(baseline.surveyDate()) + ") to "
                + target + "% at the next survey";
    }

    private String why(Finding finding, ActionTemplate template, int rank, String nearestConcern) {
        String answers = template.activityIds().isEmpty() ? "" : "; it answers Appendix A " + String.join(", ", template.activityIds());
        return switch (finding.kind()) {
            case CONCERN -> concern(finding, template, rank, nearestConcern) + answers + ".";
            case SURVEY_SIGNAL -> signal(finding.signal()) + answers + ".";
            case GAP -> "No evidence yet of Appendix A " + finding.activityId() + " ('" + finding.title() + "')"
                    + "; this is a usual first step towards it.";
        };
    }

    private String concern(Finding finding, ActionTemplate template, int rank, String nearestConcern) {
        String said;
        if (finding.single()) {
            said = "One entry (" + finding.evidenceReferences().get(0) + ")";
        } else if (finding.countShown()) {
            said = finding.entryCount() + " entries over " + finding.monthsSpanned() + (finding.monthsSpanned() == 1 ? " month" : " months");
        } else {
            said = "Fewer than " + minimumGroupSize + " entries";
        }
        if (rank > 1) {
            return said + " on '" + finding.title() + "'; another action for the same concern";
        }
        if (finding.templateId() != null) {
            return said + " fit the concern '" + (nearestConcern == null ? template.concerns().get(0) : nearestConcern) + "'";
        }
        return said + " say something close to '" + finding.title() + "'; the nearest action in the library";
    }

    private static String signal(SurveySignal signal) {
        String figure = signal.agreePercent() + "% agreed with '" + signal.question() + "' (" + signal.questionReference() + ", n="
                + signal.respondents() + ")";
        if (signal.previous() != null && signal.fell()) {
            figure += ", down from " + signal.previous().agreePercent() + "% (" + signal.previous().questionReference() + ", n="
                    + signal.previous().respondents() + ")";
        }
        return figure;
    }

    static String steps(ActionTemplate template) {
        return template.steps().stream().collect(Collectors.joining("; "));
    }
}
