package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The session TechVoice opens itself (one thread, no arena) runs the same model as langchain4j's stock class: the
 * same text gives the same vector, so vectors stored before the change still compare with new ones.
 */
class MiniLmModelTest {

    private static final List<String> TEXTS = List.of("We never get protected time for training courses",
            "Our technicians are never named on publications",
            "I ran the stand at the science festival for school children, and it was the best day of the year: "
                    + "sixty pupils looked down a microscope for the first time.");

    @Test
    void theSameTextGivesTheStockModelsVector() {
        EmbeddingModel stock = new AllMiniLmL6V2QuantizedEmbeddingModel();
        EmbeddingModel tuned = SentenceModel.load().join();

        assertThat(tuned).isInstanceOf(MiniLmModel.class);
        assertThat(tuned.dimension()).isEqualTo(Embedding.DIMENSIONS);
        for (String text : TEXTS) {
            float[] expected = stock.embed(text).content().vector();
            float[] actual = tuned.embed(text).content().vector();
            assertThat(actual).as(text).containsExactly(expected, within(1e-5f));
            assertThat(Embedding.of(actual)).as(text).isEqualTo(Embedding.of(expected));
        }
    }

    @Test
    void severalTextsAtOnceAreEmbeddedOnTheCallersThreadAlike() {
        EmbeddingModel tuned = SentenceModel.load().join();

        List<dev.langchain4j.data.embedding.Embedding> all = tuned.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content();

        assertThat(all).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(all.get(i).vector()).containsExactly(tuned.embed(TEXTS.get(i)).content().vector(), within(1e-6f));
        }
    }
}
