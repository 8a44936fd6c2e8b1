package org.techvoice.surveys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByTeamIdAndSurveyIdOrderBySeq(String teamId, Long surveyId);

    long countByTeamIdAndSurveyId(String teamId, Long surveyId);

    @Modifying
    @Query("delete from SurveyQuestion x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
