package org.techvoice.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * A person's survey data: the surveys they were sent, and their answers to attributed surveys. Answers to
 * anonymous surveys are linked to nobody, so they are neither exported nor erased.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyRecipientRepository recipients;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;

    SurveyPersonalData(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyRecipientRepository recipients,
            SurveyResponseRepository responses, SurveyAnswerRepository answers) {
        this.surveys = surveys;
        this.questions = questions;
        this.recipients = recipients;
        this.responses = responses;
        this.answers = answers;
    }

    @Override
    public String section() {
        return "surveys";
    }

    record ExportedAnswer(String question, List<String> values) {
    }

    record ExportedResponse(String survey, String title, LocalDate answeredOn, List<ExportedAnswer> answers) {
    }

    record Export(List<String> surveysSentToYou, List<ExportedResponse> attributedAnswers, String note) {
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String teamId, String userId) {
        List<String> sent = recipients.findByTeamIdAndUserId(teamId, userId).stream()
                .map(r -> surveys.findByTeamIdAndId(teamId, r.surveyId()).map(s -> s.reference() + " " + s.title()).orElse(null))
                .filter(s -> s != null).toList();
        List<ExportedResponse> attributed = responses.findByTeamIdAndUserId(teamId, userId).stream()
                .map(response -> exported(teamId, response)).toList();
        return new Export(sent, attributed, "Answers to anonymous surveys are stored without your name and cannot be linked to you.");
    }

    private ExportedResponse exported(String teamId, SurveyResponse response) {
        Survey survey = surveys.findByTeamIdAndId(teamId, response.surveyId()).orElseThrow();
        Map<Long, String> texts = questions.findByTeamIdAndSurveyIdOrderBySeq(teamId, survey.id()).stream()
                .collect(Collectors.toMap(SurveyQuestion::id, q -> q.spec().text(), (a, b) -> a));
        Map<Long, List<String>> given = SurveyResultsCalculator.group(answers.findByTeamIdAndResponseId(teamId, response.id()));
        List<ExportedAnswer> list = given.entrySet().stream()
                .map(e -> new ExportedAnswer(texts.getOrDefault(e.getKey(), "(question removed)"), e.getValue())).toList();
        return new ExportedResponse(survey.reference(), survey.title(), response.submittedOn(), list);
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        List<SurveyResponse> attributed = responses.findByTeamIdAndUserId(teamId, userId);
        attributed.forEach(response -> answers.deleteAllAnswers(teamId, response.id()));
        responses.deleteAll(attributed);
        int invitations = (int) recipients.deleteByTeamIdAndUserId(teamId, userId);
        return new ErasureReport(section(), attributed.size() + invitations, 0,
                "Deleted your answers to attributed surveys (they no longer count in response rates) and the record "
                        + "of which surveys were sent to you. Anonymous answers are not linked to you and stay.");
    }

}
