package org.techvoice.understanding;

import java.util.Arrays;

/**
 * What a sentence means, as the sentence-embedding model sees it: a unit vector of {@value #DIMENSIONS}
 * dimensions, quantised to one signed byte per dimension so that it can be stored beside its row (384 bytes)
 * and compared without unpacking. Quantising a unit vector this way changes cosine similarities by about 0.01,
 * far less than the gaps the thresholds rely on.
 */
public record Embedding(byte[] values) {

    public static final int DIMENSIONS = 384;

    private static final float SCALE = 127f;

    public Embedding {
        if (values == null || values.length != DIMENSIONS) {
            throw new IllegalArgumentException("An embedding has " + DIMENSIONS + " values, not "
                    + (values == null ? "none" : values.length));
        }
        values = values.clone();
    }

    /** Normalises the model's vector to unit length, then quantises it. */
    public static Embedding of(float[] vector) {
        if (vector == null || vector.length != DIMENSIONS) {
            throw new IllegalArgumentException("The model gives " + DIMENSIONS + " dimensions");
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        byte[] quantised = new byte[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            double unit = norm == 0 ? 0 : vector[i] / norm;
            // A unit vector's values lie in [-1, 1]; 127 steps each way keeps the sign symmetric.
            quantised[i] = (byte) Math.round(Math.max(-1, Math.min(1, unit)) * SCALE);
        }
        return new Embedding(quantised);
    }

    /** The stored form: exactly {@value #DIMENSIONS} bytes. */
    public static Embedding fromBytes(byte[] stored) {
        return new Embedding(stored);
    }

    /** A stored column that may still be null (the row not embedded yet). */
    public static Embedding fromNullableBytes(byte[] stored) {
        return stored == null ? null : new Embedding(stored);
    }

    public byte[] toBytes() {
        return values.clone();
    }

    /** Cosine similarity in [-1, 1]; 1 means the same meaning. */
    public double cosine(Embedding other) {
        long dot = 0;
        long selfSquares = 0;
        long otherSquares = 0;
        byte[] theirs = other.values;
        for (int i = 0; i < DIMENSIONS; i++) {
            dot += values[i] * theirs[i];
            selfSquares += values[i] * values[i];
            otherSquares += theirs[i] * theirs[i];
        }
        if (selfSquares == 0 || otherSquares == 0) {
            return 0;
        }
        return dot / Math.sqrt((double) selfSquares * otherSquares);
    }

    @Override
    public byte[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Embedding[" + DIMENSIONS + " bytes]";
    }
}
