package org.techvoice.surveys;

import java.util.List;

import org.springframework.stereotype.Component;

/** Finds a workspace's survey by what a person typed, and reads it the way the services need. */
@Component
class SurveyLookup {

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyResponseRepository responses;
    private final DisclosureControl control;

    SurveyLookup(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyResponseRepository responses,
            DisclosureControl control) {
        this.surveys = surveys;
        this.questions = questions;
        this.responses = responses;
        this.control = control;
    }

    Survey byReference(String teamId, String typed) {
        if (typed == null || typed.isBlank()) {
            throw SurveyProblem.of(SurveyProblem.Reason.NO_REFERENCE);
        }
        long id = SurveyReference.parse(typed).orElseThrow(() -> new UnknownSurveyReference(typed));
        return byId(teamId, id);
    }

    Survey byId(String teamId, long id) {
        return surveys.findByTeamIdAndId(teamId, id)
                .orElseThrow(() -> SurveyProblem.noSuchSurvey(id));
    }

    List<SurveyQuestionView> questions(Survey survey) {
        return questions.findByTeamIdAndSurveyIdOrderBySeq(survey.teamId(), survey.id()).stream()
                .map(q -> q.view(survey.reference()))
                .toList();
    }

    SurveySummary summary(Survey survey) {
        return summary(survey, (int) responses.countByTeamIdAndSurveyIdAndCompleteTrue(survey.teamId(), survey.id()));
    }

    /** The count as it may be shown: in steps while an anonymous survey is open. */
    SurveySummary summary(Survey survey, int completeResponses) {
        return survey.summary(completeResponses, control);
    }
}
