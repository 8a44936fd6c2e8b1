package org.techvoice.draft;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * A survey's results as they may be published: minimum group size and anonymity already applied by
 * the survey feature, so whatever is here may appear in the draft as it is.
 *
 * @param reference    e.g. {@code S-3}
 * @param audienceSize how many were asked
 * @param respondents  how many answered
 */
public record SurveyEvidence(String reference, String title, boolean anonymous, LocalDate opensOn, LocalDate closesOn,
        int audienceSize, int respondents, List<QuestionEvidence> questions) {

    public SurveyEvidence {
        questions = List.copyOf(questions);
    }

    /**
     * One question's published result.
     *
     * @param reference        e.g. {@code S-3/Q2}
     * @param type             "rating", "single choice", "multiple choice" or "free text"
     * @param suppressedReason non-null when the figures are withheld (e.g. "fewer than 5 respondents"); then
     *                         counts, mean and comments are empty
     * @param counts           answer option to count, in the question's order
     * @param mean             for ratings (1–5), else null
     * @param comments         free-text answers, already shuffled for anonymous surveys
     * @param key              the question's stable key (a template question, or one linked by a survey wave), or null:
     *                         the same key in two surveys is the same question, whatever the wording
     */
    public record QuestionEvidence(String reference, Theme theme, String text, String type, int respondents,
            String suppressedReason, Map<String, Long> counts, Double mean, List<Comment> comments, String key) {

        /** A question without a stable key: it is recognised again by its wording only. */
        public QuestionEvidence(String reference, Theme theme, String text, String type, int respondents,
                String suppressedReason, Map<String, Long> counts, Double mean, List<Comment> comments) {
            this(reference, theme, text, type, respondents, suppressedReason, counts, mean, comments, null);
        }

        public QuestionEvidence {
            counts = counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            comments = comments == null ? List.of() : List.copyOf(comments);
        }

        public boolean suppressed() {
            return suppressedReason != null;
        }
    }

    /**
     * One free-text answer, never linked to who gave it.
     *
     * @param embedding what it means, stored with the answer; null until the embedding job has reached it
     * @param placement the findings' library topic the vector is nearest, stored with it; null when not placed
     */
    public record Comment(String text, Embedding embedding, Placement placement) {

        public Comment {
            Objects.requireNonNull(text, "text");
        }

        public Comment(String text, Embedding embedding) {
            this(text, embedding, null);
        }

        /** An answer not embedded (yet). */
        public static Comment of(String text) {
            return new Comment(text, null);
        }
    }
}
