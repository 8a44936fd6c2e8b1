package org.techvoice.findings;

import java.util.Optional;

import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.SentenceEmbeddings;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The real model for findings' unit tests, loaded once per JVM (about 3.5 s). */
final class MiniLmEmbeddings implements SentenceEmbeddings {

    static final MiniLmEmbeddings INSTANCE = new MiniLmEmbeddings();

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private MiniLmEmbeddings() {
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public Optional<Embedding> embed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Embedding.of(model.embed(text).content().vector()));
    }

    /** Never ready: what findings see before the model has loaded. */
    static final SentenceEmbeddings NOT_READY = new SentenceEmbeddings() {
        @Override
        public boolean ready() {
            return false;
        }

        @Override
        public Optional<Embedding> embed(String text) {
            return Optional.empty();
        }
    };
}
