package org.techvoice.surveys;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByTeamIdAndId(String teamId, Long id);

    List<Survey> findTop20ByTeamIdAndStatusInOrderByIdDesc(String teamId, Collection<SurveyStatus> statuses);

    List<Survey> findByStatusAndOpensAtLessThanEqualOrderById(SurveyStatus status, Instant now);

    List<Survey> findByStatusAndClosesAtLessThanEqualOrderById(SurveyStatus status, Instant now);

    List<Survey> findByStatusOrderById(SurveyStatus status);

    List<Survey> findByTeamIdAndStatusInAndOpensAtGreaterThanEqualOrderByOpensAt(String teamId,
            Collection<SurveyStatus> statuses, Instant since);

    List<Survey> findByTeamIdAndStatusInAndOpensAtLessThanOrderByOpensAt(String teamId, Collection<SurveyStatus> statuses,
            Instant before);

    @Modifying
    @Query("delete from Survey x where x.teamId = :teamId")
    int deleteAllOfTeam(String teamId);
}
