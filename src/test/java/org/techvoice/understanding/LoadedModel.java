package org.techvoice.understanding;

import java.time.Duration;

/** The real model for tests, loaded at most once per JVM (about 3.5 s), shared by every test that needs it. */
final class LoadedModel {

    private static OnnxSentenceEmbeddings embeddings;

    private LoadedModel() {
    }

    static synchronized OnnxSentenceEmbeddings embeddings() {
        if (embeddings == null) {
            OnnxSentenceEmbeddings loading = new OnnxSentenceEmbeddings(new UnderstandingProperties(true, 200, Duration.ofSeconds(15)), event -> { });
            loading.loadInBackground();
            if (!loading.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException("The sentence-embedding model did not load; see the log");
            }
            embeddings = loading;
        }
        return embeddings;
    }
}
