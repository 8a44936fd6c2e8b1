package org.techvoice.surveys;

/**
 * Renders survey DMs for the outbox, fallback text and Block Kit JSON; implemented by the slack adapter, which writes
 * every word (and its escaping) Slack shows.
 */
public interface SurveyMessages {

    /** The invitation's (or reminder's) fallback text. */
    String invitationText(SurveySummary survey, boolean reminder);

    /** The invitation (or reminder) with the Answer button. */
    String invitationBlocks(SurveySummary survey, boolean reminder);

    /** The fallback text of an invitation or reminder once the survey closed. */
    String closedInvitationText(SurveySummary survey);

    /** What an invitation or reminder becomes once the survey closed: no Answer button, nothing about changing answers. */
    String closedInvitationBlocks(SurveySummary survey);

    /** The fallback text of the results summary for the lead: how many answered. */
    String resultsText(SurveyReport report);

    /** The results summary for the lead. */
    String resultsBlocks(SurveyReport report);

    /** The comment that comes with the results chart. */
    String chartComment(SurveyReport report);

    /** A short note to the lead (scheduled, could not open...): the DM's fallback text. */
    String noteText(SurveyNote note);

    /** The same note as Block Kit JSON. */
    String noteBlocks(SurveyNote note);
}
