package org.techvoice.bench;

import java.util.Random;

import org.techvoice.understanding.Embedding;

/**
 * Random but valid stored embeddings for the scenario with vectors (issue 16): a random direction in the model's
 * {@value Embedding#DIMENSIONS} dimensions, normalised and quantised by the app's own {@link Embedding#of}, so every row
 * holds exactly what the embedding job would store there (only the meaning is made up).
 */
final class StoredVectors {

    private final Random random;
    private final float[] vector = new float[Embedding.DIMENSIONS];

    StoredVectors(Random random) {
        this.random = random;
    }

    byte[] next() {
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Embedding.of(vector).toBytes();
    }
}
