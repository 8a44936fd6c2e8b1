package org.techvoice.draft.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * An action of a submitted plan as it stood on the day of submission.
 *
 * @param deadline   null when typed in by hand without one
 * @param rag        null when typed in by hand without one
 * @param trajectory the RAG ratings it had gone through by then, each change once
 */
public record SubmittedAction(String reference, Set<Theme> themes, String description, String lead, LocalDate deadline, Rag rag,
        ActionStatus status, String note, List<Rag> trajectory, List<String> evidenceReferences) {

    public SubmittedAction {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        trajectory = trajectory == null ? List.of() : List.copyOf(trajectory);
        evidenceReferences = evidenceReferences == null ? List.of() : List.copyOf(evidenceReferences);
    }
}
