package org.techvoice.surveys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorPlacer;

/**
 * Free-text survey answers for the embedding job (ratings and choices are never embedded): the vector goes on the
 * answer's own row with the findings' topic it is nearest; the row holds no user id, so both are as anonymous as the answer.
 */
@Configuration(proxyBeanMethods = false)
class FreeTextAnswerEmbeddings {

    @Bean
    EmbeddableTexts freeTextAnswerTexts(SurveyAnswerRepository answers) {
        return EmbeddableRows.byText("free-text survey answers", answers::awaitingEmbedding, answers::findByTeamIdAndIdIn,
                SurveyAnswer::getId, SurveyAnswer::value, SurveyAnswer::embedded)
                .withPlacement(VectorPlacer.Targets.LIBRARY_TOPICS, answers::awaitingPlacement, SurveyAnswer::embedding, SurveyAnswer::placed);
    }
}
