package org.techvoice.understanding;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * {@link SentenceEmbeddings} by the model in the jar ({@link SentenceModel}). The load starts once the app is ready,
 * in the background, so it neither delays readiness nor sits on any request's path; until it finishes, and for good
 * if it fails, {@link #ready()} is false and callers use the rules.
 */
@Component
class OnnxSentenceEmbeddings implements SentenceEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(OnnxSentenceEmbeddings.class);

    private final boolean enabled;
    private final ApplicationEventPublisher events;
    private volatile CompletableFuture<EmbeddingModel> model;

    OnnxSentenceEmbeddings(UnderstandingProperties properties, ApplicationEventPublisher events) {
        this.enabled = properties.modelEnabled();
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        if (!enabled) {
            log.info("The sentence-embedding model is switched off (TECHVOICE_MODEL_ENABLED=false): TechVoice uses the rules alone");
            return;
        }
        log.info("Loading the sentence-embedding model in the background; the rules answer until it is ready");
        model = SentenceModel.load();
        // on the loading thread (or at once if another context of this JVM loaded it): never on a request's
        model.thenRun(() -> events.publishEvent(new SentenceModelReady()));
    }

    @Override
    public boolean ready() {
        CompletableFuture<EmbeddingModel> loading = model;
        return loading != null && loading.isDone() && !loading.isCompletedExceptionally();
    }

    @Override
    public Optional<Embedding> embed(String text) {
        if (text == null || text.isBlank() || !ready()) {
            return Optional.empty();
        }
        return Optional.of(Embedding.of(model.join().embed(text).content().vector()));
    }

    /** For tests and measurements: waits for the load; true once ready. */
    boolean awaitReady(Duration atMost) {
        CompletableFuture<EmbeddingModel> loading = model;
        if (loading == null) {
            return false;
        }
        try {
            loading.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
