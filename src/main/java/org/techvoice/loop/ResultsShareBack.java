package org.techvoice.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;
import org.techvoice.scheduling.StoredRequests;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyClosed;
import org.techvoice.surveys.SurveyOverview;
import org.techvoice.surveys.SurveyReport;
import org.techvoice.surveys.SurveyResults;

/**
 * When a survey closes, its headline results go back to those it asked: in the network channel, or by DM to each
 * person asked (an admin's choice, or off). The closing transaction stores a request for it ({@link StoredRequests}),
 * so a crash right after the closing cannot lose it and a failure here never undoes the closing; the stored-request
 * job then shares them in the transaction that removes the request, and the outbox keys hold the survey: shared once.
 * The request is the app's own ({@link StoredRequests#ON_ITS_OWN}): the lead's erasure does not cancel it.
 */
@Component
class ResultsShareBack implements StoredRequestHandler {

    static final String KIND = "loop-results";

    private static final Logger log = LoggerFactory.getLogger(ResultsShareBack.class);

    private final SurveyResults results;
    private final SurveyOverview surveys;
    private final LoopSettingsStore settings;
    private final CelebrationService celebrations;
    private final LoopMessages messages;
    private final Outbox outbox;
    private final StoredRequests requests;

    ResultsShareBack(SurveyResults results, SurveyOverview surveys, LoopSettingsStore settings, CelebrationService celebrations,
            LoopMessages messages, Outbox outbox, StoredRequests requests) {
        this.results = results;
        this.surveys = surveys;
        this.settings = settings;
        this.celebrations = celebrations;
        this.messages = messages;
        this.outbox = outbox;
        this.requests = requests;
    }

    /** In the closing transaction, just before it commits: the request is stored exactly when the survey closes. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(SurveyClosed closed) {
        if (settings.settings(closed.teamId()).results() == LoopSettings.ResultsAudience.OFF) {
            return;
        }
        requests.submit(closed.teamId(), KIND, "survey:" + closed.surveyId(), StoredRequests.ON_ITS_OWN,
                Long.toString(closed.surveyId()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(StoredRequest request) {
        share(request.teamId(), Long.parseLong(request.payload()));
    }

    /**
     * Nobody asked for it, so nobody is told: the survey's lead had the results by DM when it closed. Operators see
     * the log.
     */
    @Override
    public void giveUp(StoredRequest request) {
        log.error("The results of survey {} of {} could not be shared back after {} attempts", request.payload(),
                request.teamId(), StoredRequests.MAX_ATTEMPTS);
    }

    private void share(String teamId, long surveyId) {
        // the switch as it is now: an admin who turned sharing off since the closing is obeyed
        LoopSettings.ResultsAudience audience = settings.settings(teamId).results();
        if (audience == LoopSettings.ResultsAudience.OFF) {
            return;
        }
        SharedResults shared = shared(results.report(teamId, surveyId));
        LoopMessage message = messages.surveyResults(shared);
        String key = "loop:survey:%d:results".formatted(surveyId);
        if (audience == LoopSettings.ResultsAudience.CHANNEL) {
            Optional<String> channel = celebrations.networkChannel(teamId);
            channel.ifPresent(c -> outbox.enqueue(OutboundMessage.post(teamId, key, c, message.text(), message.blocksJson())));
            return;
        }
        List<OutboundMessage> dms = surveys.asked(teamId, surveyId).stream()
                .map(user -> OutboundMessage.directMessage(teamId, key + ":" + user, user, message.text(), message.blocksJson()))
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
