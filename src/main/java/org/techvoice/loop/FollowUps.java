package org.techvoice.loop;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.voice.EntryFollowUp;
import org.techvoice.voice.VoiceView;

/**
 * What became of a voice entry whose author followed it with its code: the findings whose evidence includes it, and the
 * plan's actions that answer those findings or cite the entry itself. Nothing is stored about who asked.
 */
@Component
class FollowUps implements EntryFollowUp {

    private final PlanReviewService reviews;
    private final ActionPlanService plan;
    private final WorkspaceTime time;

    FollowUps(PlanReviewService reviews, ActionPlanService plan, WorkspaceTime time) {
        this.reviews = reviews;
        this.plan = plan;
        this.time = time;
    }

    @Override
    public FollowUp followUp(String teamId, VoiceView entry) {
        LocalDate today = time.now(teamId).toLocalDate();
        PlanFindings findings = reviews.review(teamId, today).findings();
        List<Finding> joined = findings.findings().stream()
                .filter(finding -> finding.evidenceReferences().contains(entry.reference()))
                .toList();
        Set<String> findingReferences = new HashSet<>();
        Set<String> actionReferences = new HashSet<>();
        joined.forEach(finding -> {
            findingReferences.add(finding.reference());
            actionReferences.addAll(finding.actionReferences());
        });
        List<LinkedAction> actions = plan.list(teamId).stream()
                .filter(action -> action.evidenceReferences().contains(entry.reference())
                        || actionReferences.contains(action.reference())
                        || action.findingReferences().stream().anyMatch(findingReferences::contains))
                .map(FollowUps::linked)
                .toList();
        return new FollowUp(joined.stream().map(FollowUps::joined).toList(), actions);
    }

    private static JoinedFinding joined(Finding finding) {
        State state = switch (finding.status()) {
            case OPEN -> State.WAITING_FOR_REVIEW;
            case ACCEPTED -> State.IN_THE_PLAN;
            case COVERED -> State.ALREADY_COVERED;
            case DISMISSED -> State.DECIDED_AGAINST;
        };
        return new JoinedFinding(finding.reference(), finding.mainTheme(), finding.title(), state);
    }

    private static LinkedAction linked(ActionItem action) {
        return new LinkedAction(action.reference(), action.description(), action.lead(), action.deadline(),
                action.status().closed() ? action.status().label() : action.rag().label());
    }
}
