package org.techvoice.understanding;

import java.util.Optional;

/**
 * A bank that places stored vectors, for the embedding job to store where each vector places its row (see
 * {@link Placement}): the findings' library topics for what technicians said (voice entries, free-text survey answers)
 * and Appendix A's activities for what they did (contributions, achievements). A port, so the job needs no feature.
 */
public interface VectorPlacer {

    /** The model every stored vector comes from, part of every stamp: another model's vectors place differently. */
    String MODEL = "all-MiniLM-L6-v2 quantised";

    /** Which rows a placer's targets are for. */
    enum Targets {
        /** the action library's topics, for voice entries and free-text survey answers */
        LIBRARY_TOPICS,
        /** Appendix A's example activities, for contributions and achievements */
        APPENDIX_A_ACTIVITIES
    }

    Targets targets();

    /**
     * What the bank is, as a short stable text: the model, the descriptions and the rules of placing, hashed. Null while
     * the bank is not built: nothing is then placed, and a stored placement is not used.
     */
    String stamp();

    /** Where the vector places its row, or empty while the bank is not built. */
    Optional<Placement> place(Embedding vector);

    /** A stamp for a bank: a SHA-256 of what decides its answers, shortened (collisions between two banks do not matter). */
    static String stampOf(String whatDecides) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(whatDecides.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
