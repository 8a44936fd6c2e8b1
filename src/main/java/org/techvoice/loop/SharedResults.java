package org.techvoice.loop;

import java.util.List;

/**
 * A closed survey's headline results as shared back with those it asked: the same disclosure rules as the lead's report
 * (nothing for a question under the minimum group size), and less than it: no department split and no comment.
 *
 * @param figuresShown false when too few answered for any figure (say "fewer than N answered")
 */
public record SharedResults(String surveyReference, String title, int asked, int respondents, int responseRatePercent,
        int minimumGroupSize, boolean figuresShown, List<Headline> headlines) {

    public SharedResults {
        headlines = List.copyOf(headlines);
    }

    /**
     * One question's headline.
     *
     * @param agreePercent for a rating: the share answering 4 or 5; else null
     * @param mean         for a rating; else null
     * @param topChoice    for a choice question: the most chosen option; else null
     * @param topPercent   its share of those who answered the question
     * @param comments     for free text: how many comments the lead received (never their words)
     */
    public record Headline(String question, int respondents, Integer agreePercent, Double mean, String topChoice, Integer topPercent,
            int comments) {
    }
}
