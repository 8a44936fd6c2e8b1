package org.techvoice.surveys;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByTeamIdAndResponseId(String teamId, String responseId);

    List<SurveyAnswer> findByTeamIdAndResponseIdIn(String teamId, Collection<String> responseIds);

    @Modifying
    @Query("delete from SurveyAnswer a where a.teamId = :teamId and a.responseId = :responseId and a.questionId in :questionIds")
    int deleteAnswers(String teamId, String responseId, Collection<Long> questionIds);

    @Modifying
    @Query("delete from SurveyAnswer a where a.teamId = :teamId and a.responseId = :responseId")
    int deleteAllAnswers(String teamId, String responseId);

    @Modifying
    @Query("delete from SurveyAnswer x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
