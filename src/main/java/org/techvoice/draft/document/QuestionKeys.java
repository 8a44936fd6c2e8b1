package org.techvoice.draft.document;

import java.util.Locale;

import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/**
 * What makes two survey questions the same question in two periods: their stable key when they have one (template
 * questions, and questions a survey wave linked to an earlier survey's), else their wording without case, punctuation
 * or extra spaces.
 */
final class QuestionKeys {

    private QuestionKeys() {
    }

    static String of(QuestionEvidence question) {
        if (question.key() != null) {
            return "key:" + question.key();
        }
        return "text:" + question.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
