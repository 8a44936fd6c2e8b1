package org.techvoice.voice;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorPlacer;

/**
 * Voice entries for the embedding job: the vector goes on the entry's own row with the findings' topic it is nearest,
 * and suggested themes get the model's view.
 */
@Configuration(proxyBeanMethods = false)
class VoiceEmbeddings {

    @Bean
    EmbeddableTexts voiceEntryTexts(VoiceRepository entries) {
        return EmbeddableRows.byNumber("voice entries", entries::awaitingEmbedding, entries::findByTeamIdAndIdIn, VoiceEntry::id,
                VoiceEntry::body, VoiceEntry::embedded)
                .withSuggestedThemes((entry, suggested) -> entry.suggestedThemes(
                        ThemeChoice.chosenOrSuggested(Set.of(), suggested, VoiceService.DEFAULT_THEME)))
                .withPlacement(VectorPlacer.Targets.LIBRARY_TOPICS, entries::awaitingPlacement, VoiceEntry::embedding, VoiceEntry::placed);
    }
}
