package org.techvoice.draft.document;

import java.util.Locale;

import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/**
 * What makes two survey questions the same question in two periods: their wording, without case, punctuation or
 * extra spaces, so a question asked again from the same template is found again.
 */
final class QuestionKeys {

    private QuestionKeys() {
    }

    static String of(QuestionEvidence question) {
        return "text:" + question.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
