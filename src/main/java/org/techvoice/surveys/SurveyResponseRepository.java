package org.techvoice.surveys;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, String> {

    Optional<SurveyResponse> findByTeamIdAndSurveyIdAndRespondentKey(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    List<SurveyResponse> findByTeamIdAndSurveyId(String teamId, Long surveyId);

    long countByTeamIdAndSurveyIdAndCompleteTrue(String teamId, Long surveyId);

    /** Every complete response of the workspace as (id, survey id), streamed; inside a transaction, closed after use. */
    @Query("select r.id, r.surveyId from SurveyResponse r where r.teamId = :teamId and r.complete = true")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    Stream<Object[]> streamCompleteOfTeam(String teamId);

    boolean existsByTeamIdAndSurveyIdAndRespondentKeyAndCompleteTrue(String teamId, Long surveyId, String respondentKey);

    List<SurveyResponse> findByTeamIdAndUserId(String teamId, String userId);

    @Modifying
    @Query("delete from SurveyResponse x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
