package org.techvoice.draft.actionplan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * An action as the lead typed it, before checks.
 *
 * @param evidenceText references of voice entries, contributions, achievements or survey questions, separated
 *                     by spaces or commas, e.g. {@code V-12, C-40 S-3/Q2}
 * @param findingText  references of the findings the action answers, e.g. {@code F-CAR-3 F-S-2/Q4}; may be null
 */
public record ActionInput(String reference, Set<Theme> themes, String description, String lead, java.time.LocalDate startsOn,
        java.time.LocalDate deadline, String successMeasure, Rag rag, String updateNote, String evidenceText, String findingText) {

    public ActionInput {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /** An action linked to no finding. */
    public ActionInput(String reference, Set<Theme> themes, String description, String lead, java.time.LocalDate startsOn,
            java.time.LocalDate deadline, String successMeasure, Rag rag, String updateNote, String evidenceText) {
        this(reference, themes, description, lead, startsOn, deadline, successMeasure, rag, updateNote, evidenceText, null);
    }

    /** The references named in {@link #evidenceText}, in order, each once. */
    public List<String> evidenceReferences() {
        return references(evidenceText);
    }

    /** The finding references named in {@link #findingText}, in order, each once. */
    public List<String> findingReferences() {
        return references(findingText);
    }

    /** The same action answering other findings. */
    public ActionInput withFindings(String findings) {
        return new ActionInput(reference, themes, description, lead, startsOn, deadline, successMeasure, rag, updateNote,
                evidenceText, findings);
    }

    private static List<String> references(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
