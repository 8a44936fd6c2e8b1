package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;

/**
 * A stored contribution, e.g. {@code C-40}.
 *
 * @param embedding what the text means, or null until the embedding job has reached it
 */
public record ContributionView(String reference, long id, String userId, ContributionKind kind, String text,
        Set<Theme> themes, LocalDate happenedOn, String link, List<String> collaborators, Embedding embedding) {

    public static final String PREFIX = "C-";

    public ContributionView {
        themes = Set.copyOf(themes);
        collaborators = List.copyOf(collaborators);
    }
}
