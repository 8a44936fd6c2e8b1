package org.techvoice.voice;

import java.time.LocalDate;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * A voice entry as other code sees it.
 *
 * @param authorUserId null when anonymous
 * @param embedding    what the text means, or null until the embedding job has reached it
 * @param placement    the findings' library topic the vector is nearest, found with it, or null when not placed
 */
public record VoiceView(String reference, long id, String text, Set<Theme> themes, String authorUserId, LocalDate saidOn,
        Embedding embedding, Placement placement) {

    public static final String PREFIX = "V-";

    public VoiceView {
        themes = Set.copyOf(themes);
    }

    public boolean anonymous() {
        return authorUserId == null;
    }

    static String reference(long id) {
        return PREFIX + id;
    }
}
