package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.Comparator;
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
            return String.format(Locale.UK, "Mean %.1f of 5 from %s", question.mean(), Words.count(question.respondents(), "answer"));
        }
        if (!question.counts().isEmpty()) {
            return question.counts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ")) + " (" + Words.count(question.respondents(), "answer") + ")";
        }
        if (!question.comments().isEmpty()) {
            return Words.count(question.comments().size(), "comment");
        }
        return "No answers";
    }

    /**
     * Comments that may be quoted: none from a suppressed question. The survey feature hands anonymous comments
     * over freshly shuffled, so taking the first few would quote different people in every draft. They are chosen
     * by a seeded sample of their text instead (the same comments give the same choice, in whatever order they
     * come) and listed alphabetically, an order that says nothing about who answered first.
     *
     * @param seed stable for the workspace, e.g. from its team id
     */
    static List<String> quotableComments(QuestionEvidence question, int limit, long seed) {
        if (question.suppressed()) {
            return List.of();
        }
        Sample<String> sample = new Sample<>(limit, seed ^ question.reference().hashCode(), comment -> comment);
        question.comments().stream().map(SurveyEvidence.Comment::text).filter(comment -> comment != null && !comment.isBlank())
                .distinct().forEach(sample::offer);
        return new ArrayList<>(sample.sorted(Comparator.naturalOrder()));
    }
}
