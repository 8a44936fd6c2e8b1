package org.techvoice.recognition;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorPlacer;

/**
 * Contributions and achievements for the embedding job: each vector goes on its own row with where it places the row
 * among Appendix A's activities, and suggested themes get the model's view.
 */
@Configuration(proxyBeanMethods = false)
class RecognitionEmbeddings {

    @Bean
    EmbeddableTexts contributionTexts(ContributionRepository contributions) {
        return EmbeddableRows.byNumber("contributions", contributions::awaitingEmbedding, contributions::findByTeamIdAndIdIn,
                Contribution::id, Contribution::body, Contribution::embedded)
                .withSuggestedThemes((contribution, suggested) -> contribution.suggestedThemes(
                        ThemeChoice.chosenOrSuggested(Set.of(), suggested, ContributionService.DEFAULT_THEME)))
                .withPlacement(VectorPlacer.Targets.APPENDIX_A_ACTIVITIES, contributions::awaitingPlacement, Contribution::embedding,
                        Contribution::placed);
    }

    @Bean
    EmbeddableTexts achievementTexts(AchievementRepository achievements) {
        return EmbeddableRows.byNumber("achievements", achievements::awaitingEmbedding, achievements::findByTeamIdAndIdIn,
                Achievement::id, Achievement::body, Achievement::embedded)
                .withSuggestedThemes((achievement, suggested) -> achievement.suggestedThemes(
                        ThemeChoice.chosenOrSuggested(Set.of(), suggested, CelebrationService.DEFAULT_THEME)))
                .withPlacement(VectorPlacer.Targets.APPENDIX_A_ACTIVITIES, achievements::awaitingPlacement, Achievement::embedding,
                        Achievement::placed);
    }
}
