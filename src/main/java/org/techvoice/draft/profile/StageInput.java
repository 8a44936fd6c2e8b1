package org.techvoice.draft.profile;

import java.time.LocalDate;

/**
 * The stage part of the profile as the lead typed it, before checks.
 *
 * @param stage           "1", "2" or "3"; null or blank keeps Stage 1
 * @param planMonthsText  the horizon in months; null or blank means the stage's usual horizon
 */
public record StageInput(String stage, LocalDate lastSubmittedOn, String planMonthsText) {

    /** Stage 1 with its usual horizon, for forms that do not ask. */
    public static final StageInput UNCHANGED = new StageInput(null, null, null);
}
