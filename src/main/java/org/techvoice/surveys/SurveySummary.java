package org.techvoice.surveys;

import java.time.Instant;

/** A survey as the Slack adapter shows it. */
public record SurveySummary(long id, String teamId, String reference, String title, String introduction, boolean anonymous,
        SurveyStatus status, AudienceKind audienceKind, String audienceRef, Instant opensAt, Instant closesAt,
        int reminderEveryDays, String leadUserId, int audienceSize, int respondents) {

    /** Respondents as a whole percentage of those asked; 0 before anyone was asked. */
    public int responseRatePercent() {
        return audienceSize == 0 ? 0 : (int) Math.round(100.0 * respondents / audienceSize);
    }
}
