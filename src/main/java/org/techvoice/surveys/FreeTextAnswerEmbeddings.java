package org.techvoice.surveys;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorsOnRows;

/**
 * Free-text survey answers for the embedding job: the vector goes on the answer's own row, which holds no user id,
 * so it is as anonymous as the answer.
 */
@Component
class FreeTextAnswerEmbeddings implements EmbeddableTexts {

    private final SurveyAnswerRepository answers;

    FreeTextAnswerEmbeddings(SurveyAnswerRepository answers) {
        this.answers = answers;
    }

    @Override
    public String kind() {
        return "free-text survey answers";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, int limit) {
        return answers.awaitingEmbedding(teamId, afterId, PageRequest.of(0, limit));
    }

    @Override
    @Transactional
    public int store(String teamId, List<EmbeddedText> embedded) {
        return VectorsOnRows.store(embedded, ids -> answers.findByTeamIdAndIdIn(teamId, ids), SurveyAnswer::id,
                SurveyAnswer::value, SurveyAnswer::embedded);
    }
}
