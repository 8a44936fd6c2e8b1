package org.techvoice.surveys;

import org.techvoice.outbox.MessageContent;

/**
 * The survey DMs for the outbox, fallback text and Block Kit JSON; implemented by the slack adapter, which writes
 * every word (and its escaping) Slack shows.
 */
public interface SurveyMessages {

    /** The invitation (or reminder) with the Answer button. */
    MessageContent invitation(SurveySummary survey, boolean reminder);

    /** What an invitation or reminder becomes once the survey closed: no Answer button, nothing about changing answers. */
    MessageContent closedInvitation(SurveySummary survey);

    /** The results summary for the lead. */
    MessageContent results(SurveyReport report);

    /** The comment that comes with the results chart. */
    String chartComment(SurveyReport report);

    /** A short note to the lead (scheduled, could not open...). */
    MessageContent note(SurveyNote note);
}
