package org.techvoice.surveys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techvoice.draft.SurveyEvidence.Comment;

/**
 * A survey's results with the minimum group size and anonymity already applied: everything here may be shown.
 *
 * @param minimumGroupSize the threshold used, for "fewer than N" wording
 * @param departments      the same figures split by department (no comments: they would identify people), only
 *                         the departments {@link DisclosureControl} clears, each with only the questions it may split
 * @param departmentsWithheld some departments are left out of the split (too small, or they could be worked out
 *                         from the totals); they are not named
 */
public record SurveyReport(SurveySummary survey, int minimumGroupSize, List<QuestionResult> questions,
        List<DepartmentResult> departments, boolean departmentsWithheld) {

    public SurveyReport {
        questions = List.copyOf(questions);
        departments = List.copyOf(departments);
    }

    /**
     * @param suppressedReason non-null when withheld; then counts, mean and comments are empty
     * @param counts           option to count, in the question's order
     * @param mean             for ratings, else null
     * @param freeText         the free-text answers with their stored embeddings (null until embedded)
     */
    public record QuestionResult(SurveyQuestionView question, int respondents, String suppressedReason,
            Map<String, Long> counts, Double mean, List<Comment> freeText) {

        public QuestionResult {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            freeText = List.copyOf(freeText);
        }

        /** The free-text answers' words, as shown. */
        public List<String> comments() {
            return freeText.stream().map(Comment::text).toList();
        }

        public boolean suppressed() {
            return suppressedReason != null;
        }
    }

    /** Whether any figure is shown at all (an open anonymous survey shows none until it closes). */
    public boolean anyShown() {
        return questions.stream().anyMatch(q -> !q.suppressed());
    }

    /** One department's figures; {@code department} is "No department given" for people without one. */
    public record DepartmentResult(String department, int respondents, String suppressedReason, List<QuestionResult> questions) {

        public DepartmentResult {
            questions = List.copyOf(questions);
        }

        public boolean suppressed() {
            return suppressedReason != null;
        }
    }
}
