package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.cfg.PackageVersion;

/** The model in the jar loads and embeds, offline, under the Jackson that Spring Boot manages. */
class OnnxSentenceEmbeddingsTest {

    @Test
    void theModelLoadsAndEmbedsWithoutTheNetwork() {
        long started = System.nanoTime();
        OnnxSentenceEmbeddings model = LoadedModel.embeddings();
        System.out.printf("Sentence model ready after %d ms (Jackson %s)%n", (System.nanoTime() - started) / 1_000_000,
                PackageVersion.VERSION);

        Embedding training = model.embed("We never get protected time for training courses").orElseThrow();
        Embedding cpd = model.embed("There is no time set aside for CPD in my week").orElseThrow();
        Embedding outreach = model.embed("I ran the stand at the science festival for school children").orElseThrow();

        assertThat(model.ready()).isTrue();
        assertThat(training.values()).hasSize(Embedding.DIMENSIONS);
        // paraphrases sit close, unrelated sentences far
        assertThat(training.cosine(cpd)).isGreaterThan(training.cosine(outreach) + 0.15);
        assertThat(model.embed("  ")).isEmpty();
        // the same text always gives the same vector
        assertThat(model.embed("We never get protected time for training courses")).contains(training);
    }

    @Test
    void oneShortSentenceTakesMillisecondsOnceLoaded() {
        OnnxSentenceEmbeddings model = LoadedModel.embeddings();
        List<String> sentences = List.of("Could we have protected time for CPD each month?",
                "Our technicians are never named on publications", "I became RSciTech registered this week",
                "The workshop needs a succession plan before Dave retires", "Can we have a mentoring scheme for new starters?");
        sentences.forEach(model::embed); // warm
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sentences.forEach(model::embed);
        }
        double msPerSentence = (System.nanoTime() - started) / 1e6 / (rounds * sentences.size());
        System.out.printf("Embedding one short sentence: %.1f ms%n", msPerSentence);
        // generous for a shared 2-core machine; the README gives the measured figure
        assertThat(msPerSentence).isLessThan(100);
    }

    @Test
    void aModelNotLoadedAnswersNothing() {
        OnnxSentenceEmbeddings off = new OnnxSentenceEmbeddings(new UnderstandingProperties(false, 200, Duration.ofSeconds(15)), event -> { });
        off.loadInBackground();

        assertThat(off.ready()).isFalse();
        assertThat(off.embed("Anything at all")).isEmpty();
        assertThat(off.awaitReady(Duration.ofMillis(10))).isFalse();
    }
}
