package org.techvoice.findings;

import java.util.Map;

import org.techvoice.draft.actionplan.ActionField;

/**
 * What came of a decision: done (with the action made, for an accept), refused for a reason about the whole request, or
 * refused with the action's fields to fix (the same errors {@code /tc action add} gives).
 *
 * @param actionReference the action created by an accept; null otherwise
 */
public record DecisionResult(Refusal refusal, Map<ActionField, String> errors, String actionReference) {

    public enum Refusal {
        /** no open proposal or finding has that reference (any more): the review should be shown again */
        UNKNOWN,
        /** the finding was already accepted, dismissed or is covered by the plan */
        ALREADY_DECIDED,
        /** a dismissal needs a reason */
        REASON_REQUIRED,
        /** the reason is over {@link PlanReviewService#REASON_LIMIT} characters */
        REASON_TOO_LONG
    }

    public DecisionResult {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    static DecisionResult done(String actionReference) {
        return new DecisionResult(null, Map.of(), actionReference);
    }

    static DecisionResult refused(Refusal refusal) {
        return new DecisionResult(refusal, Map.of(), null);
    }

    static DecisionResult invalid(Map<ActionField, String> errors) {
        return new DecisionResult(null, errors, null);
    }

    public boolean done() {
        return refusal == null && errors.isEmpty();
    }
}
