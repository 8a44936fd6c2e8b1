package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.themes.Theme;

/**
 * An action proposed for a finding from the action library, for the lead to accept, edit or dismiss. Every number in
 * it cites its source: the success measure's baseline names the survey question, n and month, or says a baseline is
 * still to be collected.
 *
 * @param reference          e.g. {@code P-CAR-3-1}: the finding's reference and the proposal's rank
 * @param findingReference   the finding it answers
 * @param templateId         the library template it comes from
 * @param action             what will be done (the template's topic)
 * @param steps              its sub-steps
 * @param owner              the role suggested to lead it
 * @param startsOn           inside the plan's horizon
 * @param deadline           inside the plan's horizon
 * @param successMeasure     filled from the finding
 * @param evidenceReferences what it rests on, all existing evidence
 * @param why                one line: why this action for this finding
 */
public record ProposedAction(String reference, String findingReference, ActionOrigin origin, String templateId,
        List<Theme> themes, String action, List<String> steps, String owner, LocalDate startsOn, LocalDate deadline,
        String successMeasure, List<String> evidenceReferences, String why) {

    public ProposedAction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(findingReference, "findingReference");
        themes = List.copyOf(themes);
        steps = List.copyOf(steps);
        evidenceReferences = List.copyOf(evidenceReferences);
    }
}
