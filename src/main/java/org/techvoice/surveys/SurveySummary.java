package org.techvoice.surveys;

import java.time.Instant;

/**
 * A survey as the Slack adapter shows it.
 *
 * @param respondents        complete responses; while an anonymous survey is open, rounded down to a step of the
 *                           minimum group size ({@link DisclosureControl#liveCount})
 * @param respondentsStep    0 when {@code respondents} is exact; else the step it was rounded down to (the minimum
 *                           group size), so it means "at least respondents, fewer than respondents + step"
 */
public record SurveySummary(long id, String teamId, String reference, String title, String introduction, boolean anonymous,
        SurveyStatus status, AudienceKind audienceKind, String audienceRef, Instant opensAt, Instant closesAt,
        int reminderEveryDays, String leadUserId, int audienceSize, int respondents, int respondentsStep) {

    public boolean respondentsRounded() {
        return respondentsStep > 0;
    }

    /** Respondents as a whole percentage of those asked; 0 before anyone was asked. */
    public int responseRatePercent() {
        return audienceSize == 0 ? 0 : (int) Math.round(100.0 * respondents / audienceSize);
    }
}
