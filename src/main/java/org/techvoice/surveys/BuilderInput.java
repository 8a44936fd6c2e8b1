package org.techvoice.surveys;

import java.time.Instant;

/**
 * The builder's first page as typed. Anything may be missing or odd; {@link SurveyBuilder} validates it.
 *
 * @param template          a {@link SurveyTemplate} name, or null for a blank survey
 * @param audienceKind      a {@link AudienceKind} name, or null
 * @param userGroup         what was typed for a user group, e.g. {@code @lab-technicians}
 * @param reminderEveryDays 0 for none
 */
public record BuilderInput(String title, String introduction, String template, boolean anonymous, String audienceKind,
        String channelId, String userGroup, Instant opensAt, Instant closesAt, int reminderEveryDays) {
}
