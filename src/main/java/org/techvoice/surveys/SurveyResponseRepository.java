package org.techvoice.surveys;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, String> {

    Optional<SurveyResponse> findByTeamIdAndSurveyIdAndRespondentKey(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    List<SurveyResponse> findByTeamIdAndSurveyId(String teamId, Long surveyId);

    long countByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    boolean existsByTeamIdAndSurveyIdAndRespondentKeyAndCompleteTrue(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndUserId(String teamId, String userId);

    @Modifying
    @Query("delete from SurveyResponse x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
