package org.techvoice.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.people.PeopleService;

/**
 * Answering in the modal: one page of questions at a time, validated, changeable until the survey closes.
 * For anonymous surveys the response row is found by the keyed hash alone and holds no user id.
 */
@Service
public class SurveyAnswering {

    /** Questions per modal page: with a context block each, well inside Slack's 100 blocks per view. */
    public static final int PAGE_SIZE = 10;
    public static final int MAX_FREE_TEXT = 1000;

    private final SurveyLookup lookup;
    private final SurveyRecipientRepository recipients;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final RespondentKeys keys;
    private final PeopleService people;
    private final Clock clock;

    SurveyAnswering(SurveyLookup lookup, SurveyRecipientRepository recipients, SurveyResponseRepository responses,
            SurveyAnswerRepository answers, RespondentKeys keys, PeopleService people, Clock clock) {
        this.lookup = lookup;
        this.recipients = recipients;
        this.responses = responses;
        this.answers = answers;
        this.keys = keys;
        this.people = people;
        this.clock = clock;
    }

    /** The page to show when someone presses Answer (or moves on); refuses with a reason when they can't answer. */
    @Transactional(readOnly = true)
    public AnswerForm form(String teamId, String userId, long surveyId, int page) {
        Survey survey = answerable(teamId, userId, surveyId);
        return form(survey, userId, page);
    }

    private AnswerForm form(Survey survey, String userId, int page) {
        List<SurveyQuestionView> all = lookup.questions(survey);
        int pageCount = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pageCount - 1));
        List<SurveyQuestionView> onPage = all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE));
        Map<Long, List<String>> previous = existing(survey, userId)
                .map(r -> SurveyResultsCalculator.group(answers.findByTeamIdAndResponseId(survey.teamId(), r.id())))
                .orElse(Map.of());
        return new AnswerForm(lookup.summary(survey), shown, pageCount, onPage, previous);
    }

    /**
     * Saves one page. {@code given} maps each question id on the page to the values chosen or typed (empty
     * when nothing was given). The whole survey counts as answered once its last page is saved.
     */
    @Transactional
    public AnswerOutcome submit(String teamId, String userId, long surveyId, int page, Map<Long, List<String>> given) {
        Survey survey;
        try {
            survey = answerable(teamId, userId, surveyId);
        } catch (SurveyProblem problem) {
            return new AnswerOutcome.Refused(problem);
        }
        AnswerForm form = form(survey, userId, page);
        Map<Long, AnswerOutcome.AnswerProblem> errors = new LinkedHashMap<>();
        Map<Long, List<String>> clean = new LinkedHashMap<>();
        for (SurveyQuestionView question : form.questions()) {
            List<String> values = given.getOrDefault(question.id(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            validate(question, values).ifPresent(error -> errors.put(question.id(), error));
            clean.put(question.id(), values);
        }
        if (!errors.isEmpty()) {
            return new AnswerOutcome.Invalid(errors);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<SurveyResponse> before = existing(survey, userId);
        boolean changed = before.map(SurveyResponse::complete).orElse(false);
        SurveyResponse response = before.orElseGet(() -> responses.save(new SurveyResponse(teamId, survey.id(),
                keys.of(teamId, survey.id(), userId), survey.anonymous() ? null : userId,
                people.departmentOf(teamId, userId).orElse(null), today)));
        answers.deleteAnswers(teamId, response.id(), clean.keySet());
        clean.forEach((questionId, values) -> values.forEach(value ->
                answers.save(new SurveyAnswer(teamId, response.id(), questionId, value))));
        if (!form.lastPage()) {
            response.touched(today, false);
            return new AnswerOutcome.NextPage(form(survey, userId, page + 1));
        }
        // Complete means every page saved: a last page alone (a forged submission, or a form opened at the end)
        // leaves the response incomplete and takes the person back to the first page still missing answers.
        OptionalInt missing = firstPageMissingAnswers(survey, response);
        response.touched(today, missing.isEmpty());
        if (missing.isPresent()) {
            return new AnswerOutcome.NextPage(form(survey, userId, missing.getAsInt()));
        }
        return new AnswerOutcome.Done(lookup.summary(survey), changed);
    }

    /** The first page with a required question (every kind but free text) that has no stored answer. */
    private OptionalInt firstPageMissingAnswers(Survey survey, SurveyResponse response) {
        Set<Long> answered = answers.findByTeamIdAndResponseId(survey.teamId(), response.id()).stream()
                .map(SurveyAnswer::questionId).collect(Collectors.toSet());
        List<SurveyQuestionView> all = lookup.questions(survey);
        for (int i = 0; i < all.size(); i++) {
            SurveyQuestionView question = all.get(i);
            if (question.spec().type() != QuestionType.FREE_TEXT && !answered.contains(question.id())) {
                return OptionalInt.of(i / PAGE_SIZE);
            }
        }
        return OptionalInt.empty();
    }

    boolean hasAnswered(Survey survey, String userId) {
        return responses.existsByTeamIdAndSurveyIdAndRespondentKeyAndCompleteTrue(survey.teamId(), survey.id(),
                keys.of(survey.teamId(), survey.id(), userId));
    }

    private Optional<SurveyResponse> existing(Survey survey, String userId) {
        return responses.findByTeamIdAndSurveyIdAndRespondentKey(survey.teamId(), survey.id(), keys.of(survey.teamId(), survey.id(), userId));
    }

    private Survey answerable(String teamId, String userId, long surveyId) {
        Survey survey = lookup.byId(teamId, surveyId);
        switch (survey.status()) {
            case DRAFT, SCHEDULED -> throw SurveyProblem.about(SurveyProblem.Reason.NOT_OPEN_YET, survey);
            case CANCELLED -> throw SurveyProblem.about(SurveyProblem.Reason.CANCELLED, survey);
            case CLOSED -> throw SurveyProblem.about(SurveyProblem.Reason.CLOSED, survey);
            case OPEN -> {
            }
        }
        if (!survey.acceptsAnswers(clock.instant())) {
            throw SurveyProblem.about(SurveyProblem.Reason.CLOSED, survey);
        }
        if (recipients.findByTeamIdAndSurveyIdAndUserId(teamId, survey.id(), userId).isEmpty()) {
            throw SurveyProblem.about(SurveyProblem.Reason.NOT_IN_AUDIENCE, survey);
        }
        return survey;
    }

    private static Optional<AnswerOutcome.AnswerProblem> validate(SurveyQuestionView question, List<String> values) {
        QuestionSpec spec = question.spec();
        return switch (spec.type()) {
            case RATING, SINGLE_CHOICE -> values.size() != 1 || !spec.options().contains(values.get(0))
                    ? Optional.of(AnswerOutcome.AnswerProblem.CHOOSE_ONE) : Optional.empty();
            case MULTIPLE_CHOICE -> values.isEmpty() || !spec.options().containsAll(values)
                    ? Optional.of(AnswerOutcome.AnswerProblem.TICK_AT_LEAST_ONE) : Optional.empty();
            case FREE_TEXT -> values.size() > 1 ? Optional.of(AnswerOutcome.AnswerProblem.ONE_ANSWER)
                    : values.stream().anyMatch(v -> v.length() > MAX_FREE_TEXT)
                    ? Optional.of(AnswerOutcome.AnswerProblem.TOO_LONG) : Optional.empty();
        };
    }
}
