package org.techvoice.surveys;

import java.util.Map;

/** What happened to a submitted page: errors to show, a refusal, the next page, or done. */
public sealed interface AnswerOutcome {

    /** What is wrong with the answer to one question; the surveys' Slack adapter words it. */
    enum AnswerProblem {
        /** A rating or single choice needs exactly one of its options. */
        CHOOSE_ONE,
        /** A multiple choice needs at least one of its options, and only those. */
        TICK_AT_LEAST_ONE,
        /** A free-text question takes one answer. */
        ONE_ANSWER,
        /** A free-text answer is over {@link SurveyAnswering#MAX_FREE_TEXT} characters. */
        TOO_LONG
    }

    /** @param byQuestionId what to fix, by the id of the question it is about */
    record Invalid(Map<Long, AnswerProblem> byQuestionId) implements AnswerOutcome {
    }

    /** The survey cannot be answered now (closed, not the person's), for the reason {@code problem} gives. */
    record Refused(SurveyProblem problem) implements AnswerOutcome {
    }

    record NextPage(AnswerForm form) implements AnswerOutcome {
    }

    /** @param changed true when the person had answered before and changed their answers */
    record Done(SurveySummary survey, boolean changed) implements AnswerOutcome {
    }
}
