package org.techvoice.findings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;

/**
 * What came of a lead's decision on the review, one record per outcome: a proposal {@link Accepted} as an action, a
 * finding {@link Dismissed}, the request {@link Refused} for a {@link Refusal} about the whole of it, or {@link Invalid}
 * with the action's fields to fix (the same errors {@code /tc action add} gives). The review's Slack adapter words each.
 */
public sealed interface DecisionResult {

    enum Refusal {
        /** no open proposal or finding has that reference (any more): the review should be shown again */
        UNKNOWN,
        /** the finding was already accepted, dismissed or is covered by the plan */
        ALREADY_DECIDED,
        /** a dismissal needs a reason */
        REASON_REQUIRED,
        /** the reason is over {@link PlanReviewService#REASON_LIMIT} characters */
        REASON_TOO_LONG
    }

    /** The proposal is in the plan as the action {@code actionReference}. */
    record Accepted(String actionReference) implements DecisionResult {
    }

    /** The finding is dismissed, with the lead's reason kept. */
    record Dismissed() implements DecisionResult {
    }

    /** Nothing was changed, for this reason. */
    record Refused(Refusal refusal) implements DecisionResult {
    }

    /** Nothing was changed: the action would have these fields wrong. */
    record Invalid(Map<ActionField, FieldProblem> errors) implements DecisionResult {

        public Invalid {
            errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }

    /** Whether the decision was made (accepted or dismissed). */
    default boolean done() {
        return this instanceof Accepted || this instanceof Dismissed;
    }
}
