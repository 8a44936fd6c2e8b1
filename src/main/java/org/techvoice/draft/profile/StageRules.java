package org.techvoice.draft.profile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** What the stage part of the profile must be: a stage of 1 to 3, a past submission day, a horizon of 12 to 60 months. */
final class StageRules {

    /** The checked answers: {@code months} is null when the lead left the stage's usual horizon. */
    record Checked(Map<ProfileField, String> errors, int stage, LocalDate lastSubmittedOn, Integer months) {
    }

    private StageRules() {
    }

    static Checked check(StageInput input, LocalDate today) {
        Map<ProfileField, String> errors = new EnumMap<>(ProfileField.class);
        int stage = CommitmentStage.FIRST_STAGE;
        String given = input.stage() == null ? "" : input.stage().strip();
        if (!given.isEmpty()) {
            if (given.matches("[1-3]")) {
                stage = Integer.parseInt(given);
            } else {
                errors.put(ProfileField.STAGE, "Choose Stage 1, 2 or 3.");
            }
        }
        if (input.lastSubmittedOn() != null && input.lastSubmittedOn().isAfter(today)) {
            errors.put(ProfileField.LAST_SUBMITTED_ON, "The last submission's date (" + input.lastSubmittedOn()
                    + ") is in the future; give the day it was submitted.");
        }
        Integer months = null;
        String monthsText = input.planMonthsText() == null ? "" : input.planMonthsText().strip();
        if (!monthsText.isEmpty()) {
            if (monthsText.matches("\\d{1,3}") && Integer.parseInt(monthsText) >= CommitmentStage.MIN_MONTHS
                    && Integer.parseInt(monthsText) <= CommitmentStage.MAX_MONTHS) {
                months = Integer.parseInt(monthsText);
            } else {
                errors.put(ProfileField.PLAN_MONTHS, "Give the plan's length as a number of months from "
                        + CommitmentStage.MIN_MONTHS + " to " + CommitmentStage.MAX_MONTHS
                        + ", e.g. 36, or leave it blank for the stage's usual length.");
            }
        }
        return new Checked(errors, stage, input.lastSubmittedOn(), months);
    }
}
