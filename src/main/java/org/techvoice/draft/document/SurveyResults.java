package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/**
 * How survey figures are written. A question the survey feature marks as suppressed shows only that it was
 * withheld and why: none of its counts, mean, comments or respondent numbers, even if an implementation
 * left them filled in.
 */
final class SurveyResults {

    private SurveyResults() {
    }

    static String responseRate(SurveyEvidence survey) {
        if (survey.audienceSize() <= 0) {
            return "not known";
        }
        return String.format(Locale.UK, "%.0f%%", 100.0 * survey.respondents() / survey.audienceSize());
    }

    static String result(QuestionEvidence question) {
        if (question.suppressed()) {
            return "Withheld: " + question.suppressedReason();
        }
        if (question.mean() != null) {
            return String.format(Locale.UK, "Mean %.1f of 5 from %d answer(s)", question.mean(), question.respondents());
        }
        if (!question.counts().isEmpty()) {
            return question.counts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ")) + " (" + question.respondents() + " answer(s))";
        }
        if (!question.comments().isEmpty()) {
            return question.comments().size() + " comment(s)";
        }
        return "No answers";
    }

    /** Comments that may be quoted: none from a suppressed question. */
    static List<String> quotableComments(QuestionEvidence question, int limit) {
        if (question.suppressed()) {
            return List.of();
        }
        return new ArrayList<>(question.comments().subList(0, Math.min(limit, question.comments().size())).stream()
                .map(SurveyEvidence.Comment::text).toList());
    }
}
