package org.techvoice.draft.actionplan;

import java.util.List;

/**
 * An action's progress as the lead or its owner typed it, before checks.
 *
 * @param status       null keeps the current status
 * @param evidenceText references of the evidence for this update (V-12, C-40, A-7, S-3/Q2), or null
 */
public record ProgressInput(Rag rag, ActionStatus status, String note, String evidenceText) {

    List<String> evidenceReferences() {
        return new ActionInput(null, null, null, null, null, null, null, null, null, evidenceText).evidenceReferences();
    }
}
