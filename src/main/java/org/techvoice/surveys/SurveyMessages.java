package org.techvoice.surveys;

/** Renders survey DMs as Block Kit JSON for the outbox; implemented by the slack adapter. */
public interface SurveyMessages {

    /** The invitation (or reminder) with the Answer button. */
    String invitationBlocks(SurveySummary survey, boolean reminder);

    /** The results summary for the lead. */
    String resultsBlocks(SurveyReport report);

    /** A short note to the lead (scheduled, could not open...): the DM's fallback text. */
    String noteText(SurveyNote note);

    /** The same note as Block Kit JSON. */
    String noteBlocks(SurveyNote note);
}
