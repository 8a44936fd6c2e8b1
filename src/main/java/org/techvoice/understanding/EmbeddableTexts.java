package org.techvoice.understanding;

import java.util.List;

import org.techvoice.themes.ThemeSuggestion;

/**
 * A feature's free texts as the embedding job sees them: the rows whose vector is missing, and where to put it.
 * Each feature implements it over its own repository (voice entries, contributions, achievements, free-text survey
 * answers), so the vector lives on the row and goes wherever the row goes: forget-me, retention and a workspace's
 * removal delete it with the text, and an edit of the text clears it for the job to embed again.
 */
public interface EmbeddableTexts {

    /** What the rows are, for the log, e.g. "voice entries". */
    String kind();

    /**
     * Up to {@code limit} of the workspace's rows with no vector, in key order, after the row keyed {@code afterKey}
     * ({@code null}: from the first). Keys are the rows' ids as text: numbers for most tables, random UUIDs for survey
     * answers, whose ids must not reveal the order people answered in.
     */
    List<TextToEmbed> awaitingEmbedding(String teamId, String afterKey, int limit);

    /**
     * Stores each vector on its row, in one transaction, unless the row was deleted or its text changed since it
     * was read (then it stays without a vector and is embedded again on a later run).
     *
     * @return how many rows got their vector
     */
    int store(String teamId, List<EmbeddedText> embedded);

    /** Which bank places these rows' vectors ({@link Placement}), or null when nothing is stored beside the vector. */
    default VectorPlacer.Targets placedBy() {
        return null;
    }

    /**
     * Up to {@code limit} of the workspace's rows that have a vector but no placement against the bank stamped
     * {@code stamp} (embedded before the bank was built, before placements were stored, or placed against a bank since
     * changed), in key order after {@code afterKey}: the job places them again from the stored vector, embedding nothing.
     */
    default List<StoredVector> awaitingPlacement(String teamId, String stamp, String afterKey, int limit) {
        return List.of();
    }

    /** Stores each placement on its row, unless the row lost its vector meanwhile (its text was edited). @return how many */
    default int storePlacements(String teamId, List<PlacedVector> placed) {
        return 0;
    }

    /** A row's stored vector, to be placed. */
    record StoredVector(String key, Embedding embedding) {

        /** For queries over tables keyed by a number. */
        public StoredVector(long id, byte[] embedding) {
            this(Long.toString(id), Embedding.fromBytes(embedding));
        }

        /** For queries over tables keyed by text. */
        public StoredVector(String key, byte[] embedding) {
            this(key, Embedding.fromBytes(embedding));
        }
    }

    /** Where a row's stored vector places it. */
    record PlacedVector(String key, Embedding embedding, Placement placement) {
    }

    /** One row's text, to be embedded. */
    record TextToEmbed(String key, String text) {

        /** For queries over tables keyed by a number. */
        public TextToEmbed(long id, String text) {
            this(Long.toString(id), text);
        }
    }

    /**
     * The vector of a row's text, as it was when read, and the themes the rules and the model suggest for it with that
     * vector ({@code null}: not asked), which a row whose themes were suggested, not chosen, takes, and where the vector
     * places the row ({@code null}: not placed, e.g. the bank not built yet, when the job places it later).
     */
    record EmbeddedText(String key, String text, Embedding embedding, List<ThemeSuggestion> themes, Placement placement) {

        public EmbeddedText {
            themes = themes == null ? null : List.copyOf(themes);
        }

        public EmbeddedText(String key, String text, Embedding embedding, List<ThemeSuggestion> themes) {
            this(key, text, embedding, themes, null);
        }

        public EmbeddedText(String key, String text, Embedding embedding) {
            this(key, text, embedding, null, null);
        }

        public EmbeddedText(long id, String text, Embedding embedding) {
            this(Long.toString(id), text, embedding);
        }
    }
}
