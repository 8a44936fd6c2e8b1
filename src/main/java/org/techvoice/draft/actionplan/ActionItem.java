package org.techvoice.draft.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;

/** One action of the 24-month plan, as stored. */
public record ActionItem(long id, String reference, Set<Theme> themes, String description, String lead,
        LocalDate startsOn, LocalDate deadline, String successMeasure, Rag rag, String updateNote,
        List<String> evidenceReferences) {

    public ActionItem {
        themes = Set.copyOf(themes);
        evidenceReferences = List.copyOf(evidenceReferences);
    }
}
