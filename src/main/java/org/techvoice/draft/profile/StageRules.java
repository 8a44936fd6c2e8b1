package org.techvoice.draft.profile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.FieldProblem.Reason;

/** What the stage part of the profile must be: a stage of 1 to 3, a past submission day, a horizon of 12 to 60 months. */
final class StageRules {

    /** The checked answers: {@code months} is null when the lead left the stage's usual horizon. */
    record Checked(Map<ProfileField, FieldProblem> errors, int stage, LocalDate lastSubmittedOn, Integer months) {
    }

    private StageRules() {
    }

    static Checked check(StageInput input, LocalDate today) {
        Map<ProfileField, FieldProblem> errors = new EnumMap<>(ProfileField.class);
        int stage = CommitmentStage.FIRST_STAGE;
        String given = input.stage() == null ? "" : input.stage().strip();
        if (!given.isEmpty()) {
            if (given.matches("[1-3]")) {
                stage = Integer.parseInt(given);
            } else {
                errors.put(ProfileField.STAGE, FieldProblem.of(Reason.NOT_A_STAGE));
            }
        }
        if (input.lastSubmittedOn() != null && input.lastSubmittedOn().isAfter(today)) {
            errors.put(ProfileField.LAST_SUBMITTED_ON, FieldProblem.of(Reason.IN_FUTURE, input.lastSubmittedOn().toString()));
        }
        Integer months = null;
        String monthsText = input.planMonthsText() == null ? "" : input.planMonthsText().strip();
        if (!monthsText.isEmpty()) {
            if (monthsText.matches("\\d{1,3}") && Integer.parseInt(monthsText) >= CommitmentStage.MIN_MONTHS
                    && Integer.parseInt(monthsText) <= CommitmentStage.MAX_MONTHS) {
                months = Integer.parseInt(monthsText);
            } else {
                errors.put(ProfileField.PLAN_MONTHS, FieldProblem.of(Reason.NOT_A_PLAN_LENGTH));
            }
        }
        return new Checked(errors, stage, input.lastSubmittedOn(), months);
    }
}
