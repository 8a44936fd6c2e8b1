package org.techvoice.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/** Results for leads: the report, its chart, and the summary DM a lead gets when a survey closes. */
@Service
public class SurveyResults {

    private final SurveyLookup lookup;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final StoredAnswers stored;
    private final SurveyResultsCalculator calculator;
    private final SurveyChart chart;
    private final SurveyMessages messages;
    private final SurveyAccess access;
    private final Outbox outbox;
    private final Clock clock;

    SurveyResults(SurveyLookup lookup, SurveyResponseRepository responses, SurveyAnswerRepository answers, StoredAnswers stored,
            SurveyResultsCalculator calculator, SurveyChart chart, SurveyMessages messages, SurveyAccess access,
            Outbox outbox, Clock clock) {
        this.lookup = lookup;
        this.responses = responses;
        this.answers = answers;
        this.stored = stored;
        this.calculator = calculator;
        this.chart = chart;
        this.messages = messages;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code /tc survey results <survey>}: the report for a lead. */
    @Transactional(readOnly = true)
    public SurveyReport resultsFor(String teamId, String userId, String typedReference) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.SEE_RESULTS);
        Survey survey = lookup.byReference(teamId, typedReference);
        if (survey.status() == SurveyStatus.DRAFT || survey.status() == SurveyStatus.SCHEDULED) {
            throw SurveyProblem.about(SurveyProblem.Reason.NO_RESULTS_YET, survey);
        }
        return report(survey);
    }

    /**
     * Sends the report's chart to the lead who asked, as a file in their DM. Drawing takes a moment, so the
     * Slack adapter calls this after acknowledging. The key holds the respondent count and the day, so asking
     * again after new answers sends a fresh chart and asking twice in a row sends one.
     */
    @Transactional
    public void sendChart(String teamId, String userId, SurveyReport report) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.SEE_RESULTS);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        chartUpload(report, "survey:%d:results-chart:%s:%d:%s".formatted(report.survey().id(), userId,
                report.survey().respondents(), today), userId).ifPresent(outbox::enqueue);
    }

    @Transactional(readOnly = true)
    public SurveyReport report(String teamId, long surveyId) {
        return report(lookup.byId(teamId, surveyId));
    }

    SurveyReport report(Survey survey) {
        List<SurveyResponse> complete = responses.findByTeamIdAndSurveyIdAndCompleteTrue(survey.teamId(), survey.id());
        Map<String, List<SurveyAnswer>> byResponse = answers.findOfCompleteResponses(survey.teamId(), survey.id()).stream()
                .collect(Collectors.groupingBy(SurveyAnswer::responseId));
        Map<SurveyResponse, Map<Long, List<String>>> grouped = complete.stream().collect(Collectors.toMap(Function.identity(),
                r -> SurveyResultsCalculator.group(byResponse.getOrDefault(r.id(), List.of())), (a, b) -> a, LinkedHashMap::new));
        return calculator.calculate(lookup.summary(survey, complete.size()), lookup.questions(survey), grouped);
    }

    /**
     * The whole-survey figures of several surveys of one workspace (no department split), for the draft: every
     * complete response and every answer of the workspace is read once, as plain values, and folded per question,
     * instead of each survey's responses and answers being loaded as entities. Same rules as {@link #report(Survey)}.
     */
    List<SurveyReport> overall(String teamId, List<Survey> surveys) {
        if (surveys.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> surveyIndex = new HashMap<>();
        surveys.forEach(survey -> surveyIndex.putIfAbsent(survey.id(), surveyIndex.size()));
        int[] respondents = new int[surveyIndex.size()];
        Map<String, Integer> responseIndex = new HashMap<>();
        stored.forEachCompleteResponse(teamId, (responseId, surveyId) -> {
            Integer survey = surveyIndex.get(surveyId);
            if (survey != null) {
                respondents[survey]++;
                responseIndex.put(responseId, responseIndex.size());
            }
        });
        Map<Survey, List<SurveyQuestionView>> questions = new LinkedHashMap<>();
        Map<Long, QuestionTally> tallies = new HashMap<>();
        for (Survey survey : surveys) {
            List<SurveyQuestionView> asked = lookup.questions(survey);
            questions.put(survey, asked);
            asked.forEach(q -> tallies.put(q.id(), new QuestionTally(q.spec().type())));
        }
        stored.forEachAnswer(teamId, new AnswerFolding(responseIndex, tallies)::add);
        return surveys.stream().map(survey -> {
            SurveySummary summary = lookup.summary(survey, respondents[surveyIndex.get(survey.id())]);
            return new SurveyReport(summary, calculator.minimumGroupSize(),
                    calculator.overall(summary, questions.get(survey), tallies), List.of(), false);
        }).toList();
    }

    /** Folds each answer of a complete response into its question's tally. */
    private static final class AnswerFolding {
        private final Map<String, Integer> responseIndex;
        private final Map<Long, QuestionTally> tallies;
        private String lastId;
        private Integer last;

        AnswerFolding(Map<String, Integer> responseIndex, Map<Long, QuestionTally> tallies) {
            this.responseIndex = responseIndex;
            this.tallies = tallies;
        }

        void add(String responseId, long questionId, String value, Embedding embedding, Placement placement) {
            // a response's answers are written together and mostly come back one after another: the previous row's
            // response is checked before the map of every complete response, whose lookups were a tenth of a large draft
            if (!responseId.equals(lastId)) {
                lastId = responseId;
                last = responseIndex.get(responseId);
            }
            QuestionTally tally = tallies.get(questionId);
            if (last != null && tally != null) {
                tally.add(last, value, embedding, placement);
            }
        }
    }

    /** Queues the summary and the chart for the survey's lead; called in the transaction that closes it. */
    void sendClosingSummary(Survey survey) {
        SurveyReport report = report(survey);
        MessageContent summary = messages.results(report);
        outbox.enqueue(OutboundMessage.directMessage(survey.teamId(), "survey:%d:closed:summary".formatted(survey.id()),
                survey.leadUserId(), summary.text(), summary.blocksJson()));
        chartUpload(report, "survey:%d:closed:chart".formatted(survey.id()), survey.leadUserId()).ifPresent(outbox::enqueue);
    }

    private Optional<OutboundMessage> chartUpload(SurveyReport report, String key, String userId) {
        return chart.png(report).map(png -> OutboundMessage.upload(report.survey().teamId(), key, userId,
                messages.chartComment(report),
                List.of(new OutboundMessage.OutboundFile(report.survey().reference() + "-results.png",
                        report.survey().reference() + " results", png))));
    }
}
