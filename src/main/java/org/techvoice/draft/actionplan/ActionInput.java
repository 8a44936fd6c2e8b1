package org.techvoice.draft.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * An action as the lead typed it, before checks.
 *
 * @param evidenceText references of voice entries, contributions, achievements or survey questions, separated
 *                     by spaces or commas, e.g. {@code V-12, C-40 S-3/Q2}
 */
public record ActionInput(String reference, Set<Theme> themes, String description, String lead, LocalDate startsOn,
        LocalDate deadline, String successMeasure, Rag rag, String updateNote, String evidenceText) {

    public ActionInput {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /** The references named in {@link #evidenceText}, in order, each once. */
    public List<String> evidenceReferences() {
        if (evidenceText == null || evidenceText.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(evidenceText.split("[\\s,;]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }
}
