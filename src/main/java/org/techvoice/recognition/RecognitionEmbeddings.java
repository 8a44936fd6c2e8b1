package org.techvoice.recognition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;

/** Contributions and achievements for the embedding job: each vector goes on its own row. */
@Configuration(proxyBeanMethods = false)
class RecognitionEmbeddings {

    @Bean
    EmbeddableTexts contributionTexts(ContributionRepository contributions) {
        return EmbeddableRows.byNumber("contributions", contributions::awaitingEmbedding, contributions::findByTeamIdAndIdIn,
                Contribution::id, Contribution::body, Contribution::embedded);
    }

    @Bean
    EmbeddableTexts achievementTexts(AchievementRepository achievements) {
        return EmbeddableRows.byNumber("achievements", achievements::awaitingEmbedding, achievements::findByTeamIdAndIdIn,
                Achievement::id, Achievement::body, Achievement::embedded);
    }
}
