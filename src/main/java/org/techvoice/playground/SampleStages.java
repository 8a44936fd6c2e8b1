package org.techvoice.playground;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.KeyFiguresCollector;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.surveys.SurveyWaves;
import org.techvoice.surveys.WaveRefused;
import org.techvoice.themes.Theme;

/**
 * The sample institution's Stages (issue 17): Northgate asked its technicians the baseline questions eleven months ago,
 * submitted its Stage 1 self-assessment ten months ago, and is now preparing Stage 2 with a 36-month plan. Everything
 * goes through the services the {@code /tc} commands use, each on its own day ({@link SampleClock}): the earlier survey
 * is built, answered by the sample's technicians and closed; the Stage 1 submission is recorded on its day with the
 * figures {@code /tc submission record} would have read; the plan's actions are updated over the months (some done, one
 * dropped, one left without an update for over 90 days); then, today, the lead marks the recent baseline as a new wave of
 * the earlier survey ({@code /tc survey wave}) and adds a new action. The draft's reflection, progress and indicators are
 * therefore computed from real rows.
 */
@Service
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleStages {

    /** Sixteen months after signing (SampleInstitution's signatory date), within the Commitment's two years for Stage 1. */
    static final int STAGE_ONE_MONTHS_AGO = 10;
    /**
     * The earlier wave opens this many days before the Stage 1 submission and runs three weeks. It opens less than a year
     * ago, so it can be built like the baseline, closing after today's real date (a survey stays open a year at most): the
     * survey jobs, on real time, then never close it while the sample is still answering it; the lead closes it on its day.
     */
    static final int EARLIER_WAVE_OPENS_DAYS_BEFORE = 40;
    static final int EARLIER_WAVE_DAYS_OPEN = 21;
    /** Fewer technicians answered then than answered the baseline, still above the minimum group size. */
    static final int EARLIER_WAVE_RESPONDENTS = 8;
    /** Rating points below their baseline answers for half the respondents, so the progress section has a change to show. */
    private static final int EARLIER_WAVE_LOWER = 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One progress update of the plan, on the day it was made. */
    record Update(int daysAgo, String reference, Rag rag, ActionStatus status, String note) {
    }

    /** Roughly one a month since the plan was written; TC-05's last one is over 90 days old, so the App Home flags it. */
    static List<Update> updates() {
        return List.of(
                new Update(100, "TC-05", Rag.AMBER, ActionStatus.IN_PROGRESS, "Pilot running in Chemistry and Physics; two more "
                        + "schools asked to join."),
                new Update(75, "TC-04", Rag.AMBER, ActionStatus.IN_PROGRESS, "Job-family mapping finished for four of six families."),
                new Update(50, "TC-03", Rag.RED, ActionStatus.DROPPED, "Replaced by the university's open research policy, which "
                        + "covers it."),
                new Update(40, "TC-07", Rag.GREEN, ActionStatus.IN_PROGRESS, "Baseline closed; results taken to the steering group."),
                new Update(28, "TC-02", Rag.GREEN, ActionStatus.DONE, "42 technicians registered with the fees paid; the scheme is "
                        + "now part of the annual budget."),
                new Update(21, "TC-04", Rag.GREEN, ActionStatus.IN_PROGRESS, "Pathways drafted for every family; consultation in the "
                        + "spring."),
                new Update(14, "TC-06", Rag.GREEN, ActionStatus.DONE, "Skills register kept up; 11 apprentices in post."),
                new Update(6, "TC-01", Rag.GREEN, ActionStatus.IN_PROGRESS, "All 14 schools list their technical teams."));
    }

    private final SubmissionService submissions;
    private final KeyFiguresCollector keyFigures;
    private final ActionPlanService actionPlan;
    private final ProfileService profiles;
    private final SampleSurveys surveys;
    private final SurveyWaves waves;
    private final SampleClock clock;

    SampleStages(SubmissionService submissions, KeyFiguresCollector keyFigures, ActionPlanService actionPlan, ProfileService profiles,
            SampleSurveys surveys, SurveyWaves waves, SampleClock clock) {
        this.submissions = submissions;
        this.keyFigures = keyFigures;
        this.actionPlan = actionPlan;
        this.profiles = profiles;
        this.surveys = surveys;
        this.waves = waves;
        this.clock = clock;
    }

    /**
     * Called once the sample's profile, evidence, surveys and plan are in.
     *
     * @param baseline the reference of the sample's closed baseline survey, the new wave of the earlier one
     * @return what this part added, for the sample's summary
     */
    String addTo(LocalDate today, String baseline) {
        LocalDate submitted = today.minusMonths(STAGE_ONE_MONTHS_AGO);
        LocalDate waveOpens = submitted.minusDays(EARLIER_WAVE_OPENS_DAYS_BEFORE);
        List<Persona> technicians = SlackDirectory.technicians();
        String[] earlier = new String[1];
        List<SampleInstitution.Dated> steps = new ArrayList<>(surveys.earlierWave(waveOpens, waveOpens.plusDays(EARLIER_WAVE_DAYS_OPEN),
                technicians.subList(0, Math.min(EARLIER_WAVE_RESPONDENTS, technicians.size())), EARLIER_WAVE_LOWER,
                reference -> earlier[0] = reference));
        steps.add(new SampleInstitution.Dated(submitted, () -> recordStageOne(submitted)));
        for (Update update : updates()) {
            steps.add(new SampleInstitution.Dated(today.minusDays(update.daysAgo()), () -> progress(update)));
        }
        clock.replay(steps, SampleInstitution.LONDON);
        try {
            waves.mark(Personas.TEAM_ID, Personas.HELEN.id(), baseline, earlier[0]);
        } catch (WaveRefused refused) {
            throw new IllegalStateException("The sample could not mark " + baseline + " as a wave of " + earlier[0] + ": "
                    + refused.reason(), refused);
        }
        var added = actionPlan.add(Personas.TEAM_ID, Personas.HELEN.id(), new ActionInput("TC-08", Set.of(Theme.EVALUATING_IMPACT),
                "Track the Commitment's indicators each year (registrations, awards, training, survey agreement) and publish them",
                Personas.GARETH.name(), today, today.plusMonths(36), "Indicators published in every annual report", Rag.GREEN, null, null));
        if (!added.isEmpty()) {
            throw new IllegalStateException("The sample action TC-08 was refused: " + added);
        }
        return "Stage 1 submitted on " + submitted.format(DAY) + " with " + earlier[0] + " asked before it, now at Stage 2 with "
                + baseline + " as its new wave";
    }

    /** As {@code /tc submission record} does it: the period's key figures since signing, kept with the plan as it stands. */
    private void recordStageOne(LocalDate submitted) {
        KeyFigures figures = keyFigures.collect(Personas.TEAM_ID, profiles.current(Personas.TEAM_ID).signatoryDate(), submitted);
        var done = submissions.record(Personas.TEAM_ID, Personas.HELEN.id(), submitted, figures);
        if (!done.done()) {
            throw new IllegalStateException("The sample Stage 1 submission was refused: " + done);
        }
    }

    private void progress(Update update) {
        ActionItem action = actionPlan.list(Personas.TEAM_ID).stream().filter(a -> a.reference().equals(update.reference())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The sample plan has no " + update.reference()));
        var problems = actionPlan.update(Personas.TEAM_ID, Personas.HELEN.id(), action.id(),
                new ProgressInput(update.rag(), update.status(), update.note(), null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("A sample update of " + update.reference() + " was refused: " + problems);
        }
    }
}
