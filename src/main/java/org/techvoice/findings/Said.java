package org.techvoice.findings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * One thing a technician said, from a voice entry or a free-text survey answer, as findings read it.
 *
 * @param reference    {@code V-12} for a voice entry; the question's {@code S-3/Q2} for a survey comment
 * @param key          distinct per item, for sampling (a survey comment's reference is its question's)
 * @param authorUserId null when anonymous (always for survey comments): never attributed
 * @param embedding    stored with the row, or null when not embedded yet
 * @param placement    the library topic the embedding job found nearest the vector, or null when not placed
 */
record Said(String reference, String key, String text, Embedding embedding, Set<Theme> themes, String authorUserId,
        LocalDate date, boolean voice, Placement placement) {

    static final Comparator<Said> OLDEST_FIRST = Comparator.comparing(Said::date).thenComparing(Said::key);

    Said {
        themes = Set.copyOf(themes);
    }

    /** Not placed by the job. */
    Said(String reference, String key, String text, Embedding embedding, Set<Theme> themes, String authorUserId, LocalDate date,
            boolean voice) {
        this(reference, key, text, embedding, themes, authorUserId, date, voice, null);
    }

    boolean anonymous() {
        return authorUserId == null;
    }
}
