package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * A contribution as typed, before it is checked and stored.
 *
 * @param link          https link to evidence, or null
 * @param collaborators Slack user ids of the others involved
 * @param themes        chosen themes; empty to take the suggested ones
 */
public record ContributionDraft(ContributionKind kind, String text, LocalDate happenedOn, String link,
        List<String> collaborators, Set<Theme> themes) {

    public ContributionDraft {
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
