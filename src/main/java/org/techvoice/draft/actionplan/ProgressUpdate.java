package org.techvoice.draft.actionplan;

import java.time.Instant;
import java.util.List;

/**
 * One progress update of an action, as kept: every update stays, none is overwritten.
 *
 * @param updatedBy the Slack user who updated it, "forgotten" after they asked to be forgotten, or null when not known
 */
public record ProgressUpdate(long actionId, Rag rag, ActionStatus status, String note, List<String> evidenceReferences,
        String updatedBy, Instant updatedAt) {

    public ProgressUpdate {
        evidenceReferences = evidenceReferences == null ? List.of() : List.copyOf(evidenceReferences);
    }
}
