package org.techvoice.playground;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.techvoice.surveys.AnswerOutcome;
import org.techvoice.surveys.AudienceKind;
import org.techvoice.surveys.BuilderInput;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyAdmin;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyLifecycle;
import org.techvoice.surveys.SurveyQuestionView;

/**
 * The sample institution's surveys, built, opened, answered and closed through the survey feature's services: the
 * technician voice baseline, closed with nine respondents (above the minimum group size, so its figures show), and a
 * termly pulse still open with a handful of answers (below it, so the draft withholds them, as it should).
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleSurveys {

    /** Free-text answers to the baseline's last question, one per respondent. */
    private static final List<String> CHANGES = List.of(
            "Clear career pathways with real progression, not just regrading when someone leaves.",
            "Protected time for training and CPD.",
            "Being asked before equipment is bought that we will have to run.",
            "Technicians named on papers and grant applications.",
            "Funding for professional registration fees.",
            "A proper handover when people retire, so skills are not lost.",
            "Managers who know what we actually do.",
            "More apprentices, so there is someone to pass the work on to.",
            "Recognition for teaching support, not only research.");

    private final SurveyBuilder builder;
    private final SurveyLifecycle lifecycle;
    private final SurveyAnswering answering;
    private final SurveyAdmin admin;
    private final Clock clock;

    SampleSurveys(SurveyBuilder builder, SurveyLifecycle lifecycle, SurveyAnswering answering, SurveyAdmin admin, Clock clock) {
        this.builder = builder;
        this.lifecycle = lifecycle;
        this.answering = answering;
        this.admin = admin;
        this.clock = clock;
    }

    /** @return the surveys' references, the closed baseline first */
    List<String> run() {
        List<Persona> everyone = SlackDirectory.technicians();
        long baseline = build("Technician voice baseline, autumn 2026",
                "Ten questions on how technicians at Northgate are seen, recognised and developed. Anonymous: nobody, "
                        + "not even the steering group, can see who answered what.", "BASELINE");
        long pulse = build("Termly pulse, spring term", "Four quick questions to see whether anything has changed this term.", "PULSE");
        lifecycle.openDue();
        for (int i = 0; i < everyone.size(); i++) {
            answer(baseline, everyone.get(i), i);
        }
        for (int i = 0; i < 3; i++) {
            answer(pulse, everyone.get(i), i + 2);
        }
        String baselineRef = reference(baseline);
        admin.close(Personas.TEAM_ID, Personas.HELEN.id(), baselineRef);
        return List.of(baselineRef, reference(pulse));
    }

    private long build(String title, String introduction, String template) {
        var started = builder.start(Personas.TEAM_ID, Personas.HELEN.id(), new BuilderInput(title, introduction, template, true,
                AudienceKind.TECHNICIANS.name(), null, null, null, clock.instant().plus(Duration.ofDays(14)), 3));
        if (started.surveyId() == null) {
            throw new IllegalStateException("The sample survey \"" + title + "\" was refused: " + started.errors());
        }
        var problems = builder.schedule(Personas.TEAM_ID, Personas.HELEN.id(), started.surveyId());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sample survey \"" + title + "\" could not be scheduled: " + problems);
        }
        return started.surveyId();
    }

    /** A varied but plausible set of answers: respondent {@code n} leans a little more positive or negative. */
    private void answer(long surveyId, Persona respondent, int n) {
        var form = answering.form(Personas.TEAM_ID, respondent.id(), surveyId, 0);
        Map<Long, List<String>> given = new LinkedHashMap<>();
        int q = 0;
        for (SurveyQuestionView question : form.questions()) {
            List<String> options = question.spec().options();
            QuestionType type = question.spec().type();
            given.put(question.id(), switch (type) {
                case RATING -> List.of(options.get(Math.floorMod(n * 3 + q * 2 + (q % 3 == 1 ? 0 : 1), 4) + (q % 4 == 0 ? 1 : 0)));
                case SINGLE_CHOICE -> List.of(options.get(Math.floorMod(n + q, options.size())));
                case MULTIPLE_CHOICE -> new ArrayList<>(List.of(options.get(Math.floorMod(n, options.size())),
                        options.get(Math.floorMod(n + 2, options.size()))));
                case FREE_TEXT -> List.of(CHANGES.get(Math.floorMod(n + q, CHANGES.size())));
            });
            q++;
        }
        AnswerOutcome outcome = answering.submit(Personas.TEAM_ID, respondent.id(), surveyId, form.page(), given);
        if (!(outcome instanceof AnswerOutcome.Done)) {
            throw new IllegalStateException("A sample answer was refused: " + outcome);
        }
    }

    private String reference(long surveyId) {
        return admin.list(Personas.TEAM_ID, Personas.HELEN.id()).stream().filter(s -> s.id() == surveyId).findFirst()
                .orElseThrow().reference();
    }
}
