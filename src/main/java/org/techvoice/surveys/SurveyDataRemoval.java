package org.techvoice.surveys;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** A workspace that uninstalled TechVoice loses its surveys, anonymous answers included, children first. */
@Component
class SurveyDataRemoval implements WorkspaceDataRemoval {

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyRecipientRepository recipients;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;

    SurveyDataRemoval(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyRecipientRepository recipients,
            SurveyResponseRepository responses, SurveyAnswerRepository answers) {
        this.surveys = surveys;
        this.questions = questions;
        this.recipients = recipients;
        this.responses = responses;
        this.answers = answers;
    }

    @Override
    public Set<String> tables() {
        return Set.of("survey", "survey_question", "survey_recipient", "survey_response", "survey_answer");
    }

    @Override
    @Transactional
    public long removeWorkspaceData(String teamId) {
        return (long) answers.deleteAllOfTeam(teamId) + responses.deleteAllOfTeam(teamId) + recipients.deleteAllOfTeam(teamId)
                + questions.deleteAllOfTeam(teamId) + surveys.deleteAllOfTeam(teamId);
    }
}
