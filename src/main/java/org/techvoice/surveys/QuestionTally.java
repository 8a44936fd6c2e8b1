package org.techvoice.surveys;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.techvoice.draft.SurveyEvidence.Comment;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * One question's answers folded as they arrive, in any order: how many responses answered it, how often each
 * value was given, the first value of each response (a rating's), and every free-text value. What the calculator
 * needs, without keeping each response's answers.
 */
final class QuestionTally {

    private final QuestionType type;
    /** responses already counted, by their index: a multiple choice gives several values per response */
    private final BitSet answered = new BitSet();
    private final Map<String, Long> valueCounts = new HashMap<>();
    private final List<Comment> texts = new ArrayList<>();
    private int respondents;
    private long firstValueSum;

    QuestionTally(QuestionType type) {
        this.type = type;
    }

    /** One value given by the response numbered {@code response} (any number unique to the response). */
    void add(int response, String value) {
        add(response, value, null);
    }

    /** The same, with the value's stored embedding (null when it has none). */
    void add(int response, String value, Embedding embedding) {
        add(response, value, embedding, null);
    }

    /** The same, with where the embedding job placed the vector (null when it did not). */
    void add(int response, String value, Embedding embedding, Placement placement) {
        if (!answered.get(response)) {
            answered.set(response);
            respondents++;
            if (type == QuestionType.RATING) {
                firstValueSum += Integer.parseInt(value);
            }
        }
        if (type == QuestionType.FREE_TEXT) {
            texts.add(new Comment(value, embedding, placement));
        } else {
            valueCounts.merge(value, 1L, Long::sum);
        }
    }

    int respondents() {
        return respondents;
    }

    long count(String value) {
        return valueCounts.getOrDefault(value, 0L);
    }

    /** The mean of each response's first value; only for ratings. */
    double meanOfFirstValues() {
        return respondents == 0 ? 0 : (double) firstValueSum / respondents;
    }

    /** Every free-text value, in the order they arrived. */
    List<Comment> texts() {
        return texts;
    }
}
