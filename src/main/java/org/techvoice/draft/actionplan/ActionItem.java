package org.techvoice.draft.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * One action of the 24-month plan, as stored.
 *
 * @param origin            what it answers: technician voice, a survey figure, an Appendix A gap, or the lead alone
 * @param findingReferences the findings it answers ({@code F-CAR-3}…), empty for an action of the lead's own
 * @param status            not started, in progress, done or dropped, as last updated
 */
public record ActionItem(long id, String reference, Set<Theme> themes, String description, String lead,
        LocalDate startsOn, LocalDate deadline, String successMeasure, Rag rag, String updateNote,
        List<String> evidenceReferences, ActionOrigin origin, List<String> findingReferences, ActionStatus status) {

    public ActionItem {
        status = Objects.requireNonNullElse(status, ActionStatus.NOT_STARTED);
        themes = Set.copyOf(themes);
        evidenceReferences = List.copyOf(evidenceReferences);
        origin = Objects.requireNonNullElse(origin, ActionOrigin.LEAD);
        findingReferences = findingReferences == null ? List.of() : List.copyOf(findingReferences);
    }

    /** An action not started yet. */
    public ActionItem(long id, String reference, Set<Theme> themes, String description, String lead,
            LocalDate startsOn, LocalDate deadline, String successMeasure, Rag rag, String updateNote,
            List<String> evidenceReferences, ActionOrigin origin, List<String> findingReferences) {
        this(id, reference, themes, description, lead, startsOn, deadline, successMeasure, rag, updateNote, evidenceReferences,
                origin, findingReferences, ActionStatus.NOT_STARTED);
    }

    /** An action of the lead's own, answering no finding. */
    public ActionItem(long id, String reference, Set<Theme> themes, String description, String lead,
            LocalDate startsOn, LocalDate deadline, String successMeasure, Rag rag, String updateNote,
            List<String> evidenceReferences) {
        this(id, reference, themes, description, lead, startsOn, deadline, successMeasure, rag, updateNote, evidenceReferences,
                ActionOrigin.LEAD, List.of());
    }
}
