package org.techvoice.surveys;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyRecipientRepository extends JpaRepository<SurveyRecipient, Long> {

    Optional<SurveyRecipient> findByTeamIdAndSurveyIdAndUserId(String teamId, Long surveyId, String userId);

    List<SurveyRecipient> findByTeamIdAndSurveyIdOrderByUserId(String teamId, Long surveyId);

    List<SurveyRecipient> findByTeamIdAndUserId(String teamId, String userId);

    long deleteByTeamIdAndUserId(String teamId, String userId);

    @Modifying
    @Query("delete from SurveyRecipient x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
