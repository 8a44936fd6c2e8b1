package org.techvoice.loop;

/**
 * The words and Block Kit of what closing the loop posts; implemented by the Slack adapter. Every text that came from
 * a person comes out escaped.
 */
public interface LoopMessages {

    /** The day's "you said, we did" post in the network channel. */
    LoopMessage saidDid(SaidDidPost post);

    /**
     * The day's actions that came from one survey, by DM to each person it asked (when its results went to them by DM).
     *
     * @param title the survey's title, or null when the survey is no longer there
     */
    LoopMessage saidDidFromSurvey(SaidDidPost post, String surveyReference, String title);

    /** A closed survey's headline results, for the network channel or each person asked. */
    LoopMessage surveyResults(SharedResults results);

    /** The network's digest. */
    LoopMessage digest(Digest digest);

    /** The leads' monthly DM. */
    LoopMessage leadReport(LeadReport report);
}
