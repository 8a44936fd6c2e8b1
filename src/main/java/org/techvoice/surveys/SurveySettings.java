package org.techvoice.surveys;

import java.time.Instant;

/**
 * What the lead chose on the builder's first page.
 *
 * @param audienceRef       channel id, or user group id, or null for all technicians
 * @param opensAt           null means "as soon as it is scheduled"
 * @param reminderEveryDays 0 for no reminders
 */
public record SurveySettings(String title, String introduction, boolean anonymous, AudienceKind audienceKind,
        String audienceRef, Instant opensAt, Instant closesAt, int reminderEveryDays) {
}
