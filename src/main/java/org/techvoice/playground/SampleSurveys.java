package org.techvoice.playground;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
 * The sample institution's surveys, built, opened, answered and closed through the survey feature's services on the
 * days they happened: the technician voice baseline, open for three weeks two months ago and closed with nine
 * respondents (above the minimum group size, so its figures show), and a termly pulse opened ten days ago and still
 * open with three answers (below it, so the draft withholds them), none of them from the personas one can switch to.
 * {@link SampleStages} adds the earlier wave of the baseline, asked before the Stage 1 submission.
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
    private final SampleClock clock;
    private final SampleDeliveries deliveries;

    SampleSurveys(SurveyBuilder builder, SurveyLifecycle lifecycle, SurveyAnswering answering, SurveyAdmin admin, SampleClock clock, SampleDeliveries deliveries) {
        this.builder = builder;
        this.lifecycle = lifecycle;
        this.answering = answering;
        this.admin = admin;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    /** The baseline opens about nine weeks back, runs three weeks, and is closed well before its results are analysed. */
    static final int BASELINE_OPENS_DAYS_AGO = 63;
    static final int BASELINE_CLOSES_DAYS_AGO = 42;
    /** The pulse opened this week and a little before; it is still open. */
    static final int PULSE_OPENS_DAYS_AGO = 10;

    /**
     * The surveys' history as dated steps for {@link SampleInstitution}: the baseline built, opened, answered by every
     * technician over its three weeks and closed; the pulse built and answered by three of the sample's own
     * technicians only, so none of the people one can switch to in the playground has answered it yet.
     *
     * @param references filled in as the steps run: the closed baseline's reference first, then the pulse's
     */
    List<SampleInstitution.Dated> history(LocalDate today, String[] references) {
        LocalDate baselineOpens = today.minusDays(BASELINE_OPENS_DAYS_AGO);
        LocalDate pulseOpens = today.minusDays(PULSE_OPENS_DAYS_AGO);
        List<SampleInstitution.Dated> steps = new ArrayList<>(closed("Technician voice baseline, " + season(baselineOpens),
                "Ten questions on how technicians at Northgate are seen, recognised and developed. Anonymous: nobody, "
                        + "not even the steering group, can see who answered what.", baselineOpens,
                today.minusDays(BASELINE_CLOSES_DAYS_AGO), SlackDirectory.technicians(), 0, reference -> references[0] = reference));
        long[] pulse = new long[1];
        steps.add(new SampleInstitution.Dated(pulseOpens, () -> {
            pulse[0] = build("Termly pulse, " + term(today), "Four quick questions to see whether anything has changed this term.", "PULSE");
            lifecycle.openDue();
            references[1] = reference(pulse[0]);
        }));
        for (int i = 0; i < PULSE_RESPONDENTS; i++) {
            Persona respondent = Personas.SAMPLE_ONLY.get(i);
            int n = i + 2;
            steps.add(new SampleInstitution.Dated(pulseOpens.plusDays(1 + 2L * i), () -> answer(pulse[0], respondent, n, 0)));
        }
        return steps;
    }

    /**
     * The survey asked months before the baseline, from the same template (so its questions carry the same keys): built
     * and opened on {@code opens}, answered by {@code respondents} over the following days, half of them {@code lower}
     * points less agreeable on each rating than they were in the baseline, and closed on {@code closes}.
     *
     * @param reference given the survey's reference once it is built
     */
    List<SampleInstitution.Dated> earlierWave(LocalDate opens, LocalDate closes, List<Persona> respondents, int lower,
            Consumer<String> reference) {
        return closed("Technician voice survey, " + season(opens), "Ten questions on how technicians at Northgate are seen, "
                + "recognised and developed, asked before our Stage 1 self-assessment. Anonymous.", opens, closes, respondents, lower,
                reference);
    }

    /** A baseline-template survey opened, answered by each respondent in turn over its days, and closed by the lead. */
    private List<SampleInstitution.Dated> closed(String title, String introduction, LocalDate opens, LocalDate closes,
            List<Persona> respondents, int lower, Consumer<String> reference) {
        long[] id = new long[1];
        String[] built = new String[1];
        List<SampleInstitution.Dated> steps = new ArrayList<>();
        steps.add(new SampleInstitution.Dated(opens, () -> {
            id[0] = build(title, introduction, "BASELINE");
            lifecycle.openDue();
            built[0] = reference(id[0]);
            reference.accept(built[0]);
        }));
        long span = ChronoUnit.DAYS.between(opens, closes) - 2;
        for (int i = 0; i < respondents.size(); i++) {
            Persona respondent = respondents.get(i);
            int n = i;
            steps.add(new SampleInstitution.Dated(opens.plusDays(1 + (i * span) / respondents.size()),
                    () -> answer(id[0], respondent, n, lower)));
        }
        steps.add(new SampleInstitution.Dated(closes, () -> {
            deliveries.await("survey:" + id[0] + ":invite:");
            admin.close(Personas.TEAM_ID, Personas.HELEN.id(), built[0]);
        }));
        return steps;
    }

    /** Below the minimum group size, so the draft withholds the pulse's figures, as it should. */
    static final int PULSE_RESPONDENTS = 3;

    /** "autumn 2026" for a day in October 2026. */
    static String season(LocalDate day) {
        String name = switch (day.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> "winter";
            case MARCH, APRIL, MAY -> "spring";
            case JUNE, JULY, AUGUST -> "summer";
            default -> "autumn";
        };
        return name + " " + day.getYear();
    }

    /** The UK university term a day falls in. */
    static String term(LocalDate day) {
        return switch (day.getMonth()) {
            case SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER -> "autumn term";
            case JANUARY, FEBRUARY, MARCH -> "spring term";
            default -> "summer term";
        };
    }

    private long build(String title, String introduction, String template) {
        // closing two weeks after today's real date: the scheduled jobs (on real time) never close it while the sample is
        // still being answered; the baseline is closed by hand on its closing day, which sets its closing time to that day
        var started = builder.start(Personas.TEAM_ID, Personas.HELEN.id(), new BuilderInput(title, introduction, template, true,
                AudienceKind.TECHNICIANS.name(), null, null, null, clock.realInstant().plus(Duration.ofDays(14)), 3));
        if (!(started instanceof SurveyBuilder.Drafted drafted)) {
            throw new IllegalStateException("The sample survey \"" + title + "\" was refused: " + started);
        }
        var problems = builder.schedule(Personas.TEAM_ID, Personas.HELEN.id(), drafted.surveyId());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sample survey \"" + title + "\" could not be scheduled: " + problems);
        }
        return drafted.surveyId();
    }

    /**
     * A varied but plausible set of answers: respondent {@code n} leans a little more positive or negative, and every
     * other respondent (even {@code n}) rates {@code lower} points below that (never below the scale).
     */
    private void answer(long surveyId, Persona respondent, int n, int lower) {
        var form = answering.form(Personas.TEAM_ID, respondent.id(), surveyId, 0);
        Map<Long, List<String>> given = new LinkedHashMap<>();
        int q = 0;
        for (SurveyQuestionView question : form.questions()) {
            List<String> options = question.spec().options();
            QuestionType type = question.spec().type();
            given.put(question.id(), switch (type) {
                case RATING -> List.of(options.get(Math.max(0, Math.floorMod(n * 3 + q * 2 + (q % 3 == 1 ? 0 : 1), 4) + (q % 4 == 0 ? 1 : 0)
                        - (n % 2 == 0 ? lower : 0))));
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
