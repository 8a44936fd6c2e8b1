package org.techvoice.findings;

import org.techvoice.understanding.Embedding;

/**
 * Cosine over quantised embeddings widened to ints once: the inner loop is then a plain int multiply-add the JIT
 * vectorises, so placing 100,000 entries against a few hundred concern descriptions takes well under a second.
 */
final class Vectors {

    private Vectors() {
    }

    static int[] widen(Embedding embedding) {
        byte[] values = embedding.values();
        int[] widened = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = values[i];
        }
        return widened;
    }

    static long dot(int[] a, int[] b) {
        long sum = 0;
        int partial = 0;
        for (int i = 0; i < a.length; i++) {
            // 384 products of two values within ±127 stay far inside an int
            partial += a[i] * b[i];
        }
        sum += partial;
        return sum;
    }

    static double norm(int[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double cosine(int[] a, double normA, int[] b, double normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return dot(a, b) / (normA * normB);
    }

    static double cosine(int[] a, int[] b) {
        return cosine(a, norm(a), b, norm(b));
    }

    /** Sum of unit-scaled vectors, as doubles, for centroids. */
    static void addTo(double[] sum, int[] v) {
        double n = norm(v);
        if (n == 0) {
            return;
        }
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i] / n;
        }
    }

    static double cosine(double[] a, int[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
