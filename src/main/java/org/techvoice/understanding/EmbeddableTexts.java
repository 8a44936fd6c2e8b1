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

    /** One row's text, to be embedded. */
    record TextToEmbed(String key, String text) {

        /** For queries over tables keyed by a number. */
        public TextToEmbed(long id, String text) {
            this(Long.toString(id), text);
        }
    }

    /**
     * The vector of a row's text, as it was when read, and the themes the rules and the model suggest for it with that
     * vector ({@code null}: not asked), which a row whose themes were suggested, not chosen, takes.
     */
    record EmbeddedText(String key, String text, Embedding embedding, List<ThemeSuggestion> themes) {

        public EmbeddedText {
            themes = themes == null ? null : List.copyOf(themes);
        }

        public EmbeddedText(String key, String text, Embedding embedding) {
            this(key, text, embedding, null);
        }

        public EmbeddedText(long id, String text, Embedding embedding) {
            this(Long.toString(id), text, embedding);
        }
    }
}
