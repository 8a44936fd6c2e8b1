package org.techvoice.surveys;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.techvoice.understanding.EmbeddableTexts.StoredVector;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, String> {

    List<SurveyAnswer> findByTeamIdAndResponseId(String teamId, String responseId);

    /**
     * The answers of a survey's complete responses, in one query: a list of response ids instead would be one bound
     * parameter per respondent (thousands for a large survey), which H2 checks row by row.
     */
    @Query("""
            select a from SurveyAnswer a where a.teamId = :teamId and a.responseId in (
                select r.id from SurveyResponse r where r.teamId = :teamId and r.surveyId = :surveyId and r.complete = true)""")
    List<SurveyAnswer> findOfCompleteResponses(String teamId, Long surveyId);

    /** The embedding job's work: free-text answers without a vector, by id (ratings and choices are never embedded). */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$TextToEmbed(a.id, a.value) from SurveyAnswer a
            where a.teamId = :teamId and a.id > :afterId and a.embedding is null and a.questionId in (
                select q.id from SurveyQuestion q where q.teamId = :teamId and q.type = org.techvoice.surveys.QuestionType.FREE_TEXT)
            order by a.id""")
    List<TextToEmbed> awaitingEmbedding(String teamId, String afterId, Pageable page);

    /** The embedding job's re-placing: free-text answers with a vector not placed against the bank stamped {@code stamp}. */
    @Query("""
            select new org.techvoice.understanding.EmbeddableTexts$StoredVector(a.id, a.embedding) from SurveyAnswer a
            where a.teamId = :teamId and a.id > :afterId and a.embedding is not null
            and (a.placedAgainst is null or a.placedAgainst <> :stamp) order by a.id""")
    List<StoredVector> awaitingPlacement(String teamId, String stamp, String afterId, Pageable page);

    List<SurveyAnswer> findByTeamIdAndIdIn(String teamId, Collection<String> ids);

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
