package org.techvoice.voice;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.understanding.EmbeddableTexts;
import org.techvoice.understanding.VectorsOnRows;

/** Voice entries for the embedding job: the vector goes on the entry's own row. */
@Component
class VoiceEmbeddings implements EmbeddableTexts {

    private final VoiceRepository entries;

    VoiceEmbeddings(VoiceRepository entries) {
        this.entries = entries;
    }

    @Override
    public String kind() {
        return "voice entries";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, int limit) {
        return entries.awaitingEmbedding(teamId, afterId, PageRequest.of(0, limit));
    }

    @Override
    @Transactional
    public int store(String teamId, List<EmbeddedText> embedded) {
        return VectorsOnRows.store(embedded, ids -> entries.findByTeamIdAndIdIn(teamId, ids), VoiceEntry::id,
                VoiceEntry::body, VoiceEntry::embedded);
    }
}
