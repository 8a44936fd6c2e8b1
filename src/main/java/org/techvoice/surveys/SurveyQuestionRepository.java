package org.techvoice.surveys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByTeamIdAndSurveyIdOrderBySeq(String teamId, Long surveyId);

    long countByTeamIdAndSurveyId(String teamId, Long surveyId);
}
