package org.techvoice.surveys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;

/**
 * Free-text survey answers for the embedding job (ratings and choices are never embedded): the vector goes on the
 * answer's own row, which holds no user id, so it is as anonymous as the answer.
 */
@Configuration(proxyBeanMethods = false)
class FreeTextAnswerEmbeddings {

    @Bean
    EmbeddableTexts freeTextAnswerTexts(SurveyAnswerRepository answers) {
        return EmbeddableRows.byText("free-text survey answers", answers::awaitingEmbedding, answers::findByTeamIdAndIdIn,
                SurveyAnswer::getId, SurveyAnswer::value, SurveyAnswer::embedded);
    }
}
