package org.techvoice.surveys;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, String> {

    Optional<SurveyResponse> findByTeamIdAndSurveyIdAndRespondentKey(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    long countByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    boolean existsByTeamIdAndSurveyIdAndRespondentKeyAndCompleteTrue(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndUserId(String teamId, String userId);
}
