package org.techvoice.surveys;

/** What happened to a submitted page: errors to show, the next page, or done. */
public sealed interface AnswerOutcome {

    /** @param byQuestionId messages keyed by question id (as text, the modal's block ids) */
    record Invalid(FieldErrors errors) implements AnswerOutcome {
    }

    record NextPage(AnswerForm form) implements AnswerOutcome {
    }

    /** @param changed true when the person had answered before and changed their answers */
    record Done(SurveySummary survey, boolean changed) implements AnswerOutcome {
    }
}
