package org.techvoice.voice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.understanding.EmbeddableRows;
import org.techvoice.understanding.EmbeddableTexts;

/** Voice entries for the embedding job: the vector goes on the entry's own row. */
@Configuration(proxyBeanMethods = false)
class VoiceEmbeddings {

    @Bean
    EmbeddableTexts voiceEntryTexts(VoiceRepository entries) {
        return EmbeddableRows.byNumber("voice entries", entries::awaitingEmbedding, entries::findByTeamIdAndIdIn, VoiceEntry::id,
                VoiceEntry::body, VoiceEntry::embedded);
    }
}
