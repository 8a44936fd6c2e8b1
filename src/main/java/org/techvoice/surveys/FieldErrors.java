package org.techvoice.surveys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with the builder's fields, by field, in the order found: facts, which the surveys' Slack adapter
 * ({@code surveys.slack.SurveyProblems}) words and places beside each field.
 */
public record FieldErrors(Map<SurveyField, Problem> byField) {

    public enum Reason {
        /** Nothing was given where something is needed. */
        MISSING,
        /** Longer than {@link Problem#limit()} characters (for choices: one of them is). */
        TOO_LONG,
        /** The closing time is not at least an hour after the opening (and in the future). */
        CLOSES_TOO_SOON,
        /** The closing time is more than a year after the opening. */
        OPEN_TOO_LONG,
        /** The opening time is more than a year away. */
        OPENS_TOO_LATE,
        /** No user group with the handle {@link Problem#typed()} in the workspace. */
        NO_SUCH_USER_GROUP,
        /** Slack could not be asked about user groups just now. */
        DIRECTORY_UNAVAILABLE,
        /** The survey already has {@link Problem#limit()} questions. */
        TOO_MANY_QUESTIONS,
        /** Fewer than {@link QuestionSpec#MIN_CHOICES} or more than {@link Problem#limit()} choices. */
        CHOICE_COUNT,
        /** Two choices are the same. */
        CHOICES_REPEATED,
        /** The survey has no question to schedule. */
        NO_QUESTIONS
    }

    /**
     * One field's problem.
     *
     * @param limit the limit broken, where the reason has one; else 0
     * @param typed what the lead typed, where the words repeat it; else empty
     */
    public record Problem(Reason reason, int limit, String typed) {

        public Problem {
            typed = typed == null ? "" : typed;
        }

        static Problem of(Reason reason) {
            return new Problem(reason, 0, "");
        }

        static Problem over(Reason reason, int limit) {
            return new Problem(reason, limit, "");
        }
    }

    public FieldErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FieldErrors none() {
        return new FieldErrors(new EnumMap<>(SurveyField.class));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
