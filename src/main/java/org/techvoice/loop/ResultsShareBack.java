package org.techvoice.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyClosed;
import org.techvoice.surveys.SurveyOverview;
import org.techvoice.surveys.SurveyReport;
import org.techvoice.surveys.SurveyResults;

/**
 * When a survey closes, its headline results go back to those it asked: in the network channel, or by DM to each
 * person asked (an admin's choice, or off). After the closing commits, so the answers are sealed; in its own transaction,
 * so the closing never waits on it. The outbox keys hold the survey, so it is shared once.
 */
@Component
class ResultsShareBack {

    private static final Logger log = LoggerFactory.getLogger(ResultsShareBack.class);

    private final TransactionTemplate transactions;
    private final SurveyResults results;
    private final SurveyOverview surveys;
    private final LoopSettingsStore settings;
    private final CelebrationService celebrations;
    private final LoopMessages messages;
    private final Outbox outbox;

    ResultsShareBack(SurveyResults results, SurveyOverview surveys, LoopSettingsStore settings, CelebrationService celebrations,
            LoopMessages messages, Outbox outbox, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.results = results;
        this.surveys = surveys;
        this.settings = settings;
        this.celebrations = celebrations;
        this.messages = messages;
        this.outbox = outbox;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SurveyClosed closed) {
        try {
            transactions.executeWithoutResult(status -> share(closed));
        } catch (RuntimeException e) {
            // after the closing commit an exception would reach whoever closed it as a failure of a close that happened
            log.warn("The results of survey {} of {} could not be shared back: {}", closed.surveyId(), closed.teamId(), e.getMessage());
        }
    }

    private void share(SurveyClosed closed) {
        LoopSettings.ResultsAudience audience = settings.settings(closed.teamId()).results();
        if (audience == LoopSettings.ResultsAudience.OFF) {
            return;
        }
        SharedResults shared = shared(results.report(closed.teamId(), closed.surveyId()));
        LoopMessage message = messages.surveyResults(shared);
        String key = "loop:survey:%d:results".formatted(closed.surveyId());
        if (audience == LoopSettings.ResultsAudience.CHANNEL) {
            Optional<String> channel = celebrations.networkChannel(closed.teamId());
            channel.ifPresent(c -> outbox.enqueue(OutboundMessage.post(closed.teamId(), key, c, message.text(), message.blocksJson())));
            return;
        }
        List<OutboundMessage> dms = surveys.asked(closed.teamId(), closed.surveyId()).stream()
                .map(user -> OutboundMessage.directMessage(closed.teamId(), key + ":" + user, user, message.text(), message.blocksJson()))
                .toList();
        // a survey to thousands is thousands of DMs, none as urgent as a reply someone waits for
        outbox.enqueueInBackground(dms);
    }

    /** The report's whole-survey figures, without comments' words or a department split. */
    static SharedResults shared(SurveyReport report) {
        List<SharedResults.Headline> headlines = new ArrayList<>();
        for (SurveyReport.QuestionResult question : report.questions()) {
            if (question.suppressed() || question.respondents() < report.minimumGroupSize()) {
                continue;
            }
            headlines.add(headline(question));
        }
        var survey = report.survey();
        return new SharedResults(survey.reference(), survey.title(), survey.audienceSize(), survey.respondents(),
                survey.responseRatePercent(), report.minimumGroupSize(), !headlines.isEmpty(), headlines);
    }

    private static SharedResults.Headline headline(SurveyReport.QuestionResult question) {
        QuestionType type = question.question().spec().type();
        int n = question.respondents();
        String text = question.question().spec().text();
        if (type == QuestionType.RATING) {
            long agree = question.counts().getOrDefault("4", 0L) + question.counts().getOrDefault("5", 0L);
            return new SharedResults.Headline(text, n, (int) Math.round(100.0 * agree / n), question.mean(), null, null, 0);
        }
        if (type.hasChoices()) {
            Map.Entry<String, Long> top = question.counts().entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            return new SharedResults.Headline(text, n, null, null, top == null ? null : top.getKey(),
                    top == null ? null : (int) Math.round(100.0 * top.getValue() / n), 0);
        }
        return new SharedResults.Headline(text, n, null, null, null, null, question.freeText().size());
    }
}
