package org.techvoice.surveys;

import java.util.Map;

/** What happened to a submitted page: errors to show, a refusal, the next page, or done. */
public sealed interface AnswerOutcome {

    /** @param byQuestionId what to fix, by the id of the question it is about */
    record Invalid(Map<Long, String> byQuestionId) implements AnswerOutcome {
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
