package org.techvoice.draft;

import java.util.List;

/**
 * What is wrong with one field of the lead's forms (an action of the plan, the organisation profile), as facts: the
 * draft's Slack adapter ({@code draft.slack.DraftRefusals}) words them beside the field.
 *
 * @param limit  the limit broken, for {@link Reason#TOO_LONG}, {@link Reason#TOO_MANY} and {@link Reason#TOO_MANY_WORDS}; else 0
 * @param given  how many were given (characters, words), where the words say it; else 0
 * @param values what the words repeat: the references not found, the reference taken, the dates out of order
 */
public record FieldProblem(Reason reason, int limit, int given, List<String> values) {

    public enum Reason {
        /** Nothing given where something is needed. */
        MISSING,
        /** Longer than {@code limit} characters ({@code given} of them, when counted). */
        TOO_LONG,
        /** More than {@code limit} things linked. */
        TOO_MANY,
        /** More than {@code limit} words ({@code given} of them). */
        TOO_MANY_WORDS,
        /** Not a reference of letters, a dash and a number. */
        NOT_A_REFERENCE,
        /** The reference ({@code values}) is already in the plan. */
        REFERENCE_TAKEN,
        /** These references ({@code values}) are not found. */
        UNKNOWN_REFERENCES,
        /** The deadline and start ({@code values}, in that order) are the wrong way round. */
        DEADLINE_BEFORE_START,
        /** The action is no longer in the plan. */
        NO_LONGER_IN_PLAN,
        /** Not a full web address. */
        NOT_A_WEB_ADDRESS,
        /** Not an e-mail address. */
        NOT_AN_EMAIL,
        /** Not a telephone number. */
        NOT_A_PHONE,
        /** Not Stage 1, 2 or 3. */
        NOT_A_STAGE,
        /** The date ({@code values}) is in the future. */
        IN_FUTURE,
        /** Not a number of months within the plan's limits. */
        NOT_A_PLAN_LENGTH
    }

    public FieldProblem {
        values = List.copyOf(values);
    }

    public static FieldProblem of(Reason reason, String... values) {
        return new FieldProblem(reason, 0, 0, List.of(values));
    }

    public static FieldProblem over(Reason reason, int limit, int given) {
        return new FieldProblem(reason, limit, given, List.of());
    }

    public static FieldProblem unknown(List<String> references) {
        return new FieldProblem(Reason.UNKNOWN_REFERENCES, 0, 0, references);
    }
}
