package org.techvoice.understanding;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantised (Apache-2.0), from the Maven artifact: the ONNX file and its tokenizer are inside the
 * jar and ONNX Runtime runs it in-process on the CPU, on one thread ({@link MiniLmModel}), so nothing is downloaded.
 * Loading takes a few seconds of CPU and about 100 MB, so it happens once per JVM, on a thread of its own: an
 * application context (or a test class) that asks again gets the same load, never a second copy.
 */
final class SentenceModel {

    private static final Logger log = LoggerFactory.getLogger(SentenceModel.class);

    private static CompletableFuture<EmbeddingModel> loading;

    private SentenceModel() {
    }

    /** The one load of this JVM, started by the first caller. Completes exceptionally if the model cannot load. */
    static synchronized CompletableFuture<EmbeddingModel> load() {
        if (loading == null) {
            CompletableFuture<EmbeddingModel> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> loadInto(future), "sentence-model-load");
            thread.setDaemon(true);
            // below the request threads: the load must never slow an ack
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
            loading = future;
        }
        return loading;
    }

    private static void loadInto(CompletableFuture<EmbeddingModel> future) {
        long started = System.nanoTime();
        try {
            EmbeddingModel model = MiniLmModel.load();
            // the first inference initialises ONNX Runtime's session fully; do it here rather than on a caller's time
            model.embed("The technician voice was heard.");
            log.info("Sentence-embedding model loaded in {} ms: theme suggestions and findings now use it with the rules",
                    (System.nanoTime() - started) / 1_000_000);
            future.complete(model);
        } catch (Throwable e) { // NOPMD: an UnsatisfiedLinkError or a Jackson mismatch must not end up on nobody's thread
            log.warn("The sentence-embedding model could not load ({}): TechVoice goes on with the rules alone",
                    e.toString(), e);
            future.completeExceptionally(e);
        }
    }
}
