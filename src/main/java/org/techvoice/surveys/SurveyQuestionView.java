package org.techvoice.surveys;

/** A stored question with its id (used as the modal's block id) and reference, e.g. {@code S-3/Q2}. */
public record SurveyQuestionView(long id, String reference, int number, QuestionSpec spec) {
}
