package org.techvoice.recognition;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorsOnRows;

/** Contributions and achievements for the embedding job: each vector goes on its own row. */
@Configuration(proxyBeanMethods = false)
class RecognitionEmbeddings {

    @Bean
    EmbeddableTexts contributionEmbeddings(ContributionRepository contributions) {
        return new Contributions(contributions);
    }

    @Bean
    EmbeddableTexts achievementEmbeddings(AchievementRepository achievements) {
        return new Achievements(achievements);
    }

    static class Contributions implements EmbeddableTexts {

        private final ContributionRepository rows;

        Contributions(ContributionRepository rows) {
            this.rows = rows;
        }

        @Override
        public String kind() {
            return "contributions";
        }

        @Override
        @Transactional(readOnly = true)
        public List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, int limit) {
            return rows.awaitingEmbedding(teamId, afterId, PageRequest.of(0, limit));
        }

        @Override
        @Transactional
        public int store(String teamId, List<EmbeddedText> embedded) {
            return VectorsOnRows.store(embedded, ids -> rows.findByTeamIdAndIdIn(teamId, ids), Contribution::id,
                    Contribution::body, Contribution::embedded);
        }
    }

    static class Achievements implements EmbeddableTexts {

        private final AchievementRepository rows;

        Achievements(AchievementRepository rows) {
            this.rows = rows;
        }

        @Override
        public String kind() {
            return "achievements";
        }

        @Override
        @Transactional(readOnly = true)
        public List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, int limit) {
            return rows.awaitingEmbedding(teamId, afterId, PageRequest.of(0, limit));
        }

        @Override
        @Transactional
        public int store(String teamId, List<EmbeddedText> embedded) {
            return VectorsOnRows.store(embedded, ids -> rows.findByTeamIdAndIdIn(teamId, ids), Achievement::id,
                    Achievement::body, Achievement::embedded);
        }
    }
}
