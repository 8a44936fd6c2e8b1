package org.techvoice.playground;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.KeyFiguresCollector;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.KeyFigures.SurveyItem;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.themes.Theme;

/**
 * The sample institution's Stages (issue 17): Northgate submitted its Stage 1 self-assessment fourteen months ago and is
 * now preparing Stage 2 with a 36-month plan. The Stage 1 submission is recorded with its figures (including the survey
 * wave asked before it, whose agreement figures are sample values) and the plan as it stood; the plan then has a history
 * of updates (some done, one dropped, one carried) and a new action, so {@code /tc draft} shows the reflection, the
 * progress and the indicators.
 */
@Service
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleStages {

    /** Points below today's agreement that the earlier wave is given, so the progress section has a change to show. */
    private static final int EARLIER_WAVE_GAP = 12;
    private static final int EARLIER_WAVE_RESPONDENTS = 9;

    private final SubmissionService submissions;
    private final KeyFiguresCollector keyFigures;
    private final ActionPlanService actionPlan;
    private final ProfileService profiles;
    private final ObjectProvider<SurveyEvidenceSource> surveys;

    SampleStages(SubmissionService submissions, KeyFiguresCollector keyFigures, ActionPlanService actionPlan, ProfileService profiles,
            ObjectProvider<SurveyEvidenceSource> surveys) {
        this.submissions = submissions;
        this.keyFigures = keyFigures;
        this.actionPlan = actionPlan;
        this.profiles = profiles;
        this.surveys = surveys;
    }

    /** Called once the sample's profile, evidence, surveys and plan are in. */
    void addTo(LocalDate today) {
        LocalDate submitted = today.minusMonths(14);
        KeyFigures stageOne = keyFigures.collect(Personas.TEAM_ID, profiles.current(Personas.TEAM_ID).signatoryDate(), submitted);
        KeyFigures recorded = new KeyFigures(stageOne.periodFrom(), stageOne.periodTo(), stageOne.perTheme(),
                Math.max(0, stageOne.techniciansRegistered() - 3), stageOne.professionalRegistrations(), stageOne.awards(),
                stageOne.training(), earlierWave(submitted));
        var done = submissions.record(Personas.TEAM_ID, Personas.HELEN.id(), submitted, recorded);
        if (!done.done()) {
            throw new IllegalStateException("The sample Stage 1 submission was refused: " + done);
        }
        progress("TC-02", Rag.GREEN, ActionStatus.DONE, "42 technicians registered with the fees paid; the scheme is now part of the "
                + "annual budget.");
        progress("TC-04", Rag.AMBER, ActionStatus.IN_PROGRESS, "Job-family mapping finished for four of six families.");
        progress("TC-04", Rag.GREEN, ActionStatus.IN_PROGRESS, "Pathways drafted for every family; consultation in the spring.");
        progress("TC-03", Rag.RED, ActionStatus.DROPPED, "Replaced by the university's open research policy, which covers it.");
        progress("TC-06", Rag.GREEN, ActionStatus.DONE, "Skills register kept up; 11 apprentices in post.");
        progress("TC-01", Rag.GREEN, ActionStatus.IN_PROGRESS, "All 14 schools list their technical teams.");
        var added = actionPlan.add(Personas.TEAM_ID, Personas.HELEN.id(), new ActionInput("TC-08", Set.of(Theme.EVALUATING_IMPACT),
                "Track the Commitment's indicators each year (registrations, awards, training, survey agreement) and publish them",
                Personas.GARETH.name(), today, today.plusMonths(36), "Indicators published in every annual report", Rag.GREEN, null, null));
        if (!added.isEmpty()) {
            throw new IllegalStateException("The sample action TC-08 was refused: " + added);
        }
    }

    /** The survey wave before Stage 1, as its figures were recorded: the same questions as the baseline, less agreement. */
    private List<SurveyItem> earlierWave(LocalDate submitted) {
        List<SurveyItem> items = new ArrayList<>();
        List<SurveyEvidence> known = surveys.orderedStream().flatMap(s -> s.surveys(Personas.TEAM_ID, LocalDate.EPOCH).stream()).toList();
        for (SurveyItem now : keyFigures.surveyItemsWithMinimum(known)) {
            if (now.agreePercent() != null) {
                items.add(new SurveyItem(now.key(), "S-0/" + now.questionReference().substring(now.questionReference().indexOf('/') + 1),
                        now.text(), submitted.minusMonths(2), Math.max(0, now.agreePercent() - EARLIER_WAVE_GAP), EARLIER_WAVE_RESPONDENTS));
            }
        }
        return items;
    }

    private void progress(String reference, Rag rag, ActionStatus status, String note) {
        ActionItem action = actionPlan.list(Personas.TEAM_ID).stream().filter(a -> a.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The sample plan has no " + reference));
        var problems = actionPlan.update(Personas.TEAM_ID, Personas.HELEN.id(), action.id(), new ProgressInput(rag, status, note, null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("A sample update of " + reference + " was refused: " + problems);
        }
    }
}
