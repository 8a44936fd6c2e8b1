package org.techvoice.draft.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.FieldProblem.Reason;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.profile.ProfileField;

/** The action plan and the profile refuse with facts by field; these are the words beside each field. */
class DraftRefusalsTest {

    @Test
    void anActionsMissingFieldsAreAskedForInTheirOwnWords() {
        FieldProblem missing = FieldProblem.of(Reason.MISSING);

        assertThat(DraftRefusals.text(ActionField.DESCRIPTION, missing)).isEqualTo("Say what will be done.");
        assertThat(DraftRefusals.text(ActionField.SUCCESS_MEASURE, missing))
                .isEqualTo("Say how you will know it worked, e.g. \"20 technicians registered by 2027\".");
        assertThat(DraftRefusals.text(ActionField.RAG, missing)).isEqualTo("Choose red, amber or green.");
        assertThat(EnumSet.allOf(ActionField.class)).allSatisfy(field -> assertThat(DraftRefusals.text(field, missing)).isNotBlank());
    }

    @Test
    void limitsAndReferencesAreToldWithTheirValues() {
        assertThat(DraftRefusals.text(ActionField.DESCRIPTION, FieldProblem.over(Reason.TOO_LONG, 3000, 3005)))
                .isEqualTo("Please keep this under 3000 characters (it has 3005).");
        assertThat(DraftRefusals.text(ActionField.UPDATE_NOTE, FieldProblem.over(Reason.TOO_LONG, 3000, 0)))
                .isEqualTo("Please keep the note under 3000 characters.");
        assertThat(DraftRefusals.text(ActionField.FINDINGS, FieldProblem.over(Reason.TOO_MANY, 20, 21))).isEqualTo("Please link at most 20 findings.");
        assertThat(DraftRefusals.text(ActionField.EVIDENCE, FieldProblem.over(Reason.TOO_MANY, 50, 51)))
                .isEqualTo("Please link at most 50 pieces of evidence.");
        assertThat(DraftRefusals.text(ActionField.REFERENCE, FieldProblem.of(Reason.REFERENCE_TAKEN, "TC-01")))
                .isEqualTo("TC-01 is already in your action plan; choose another reference.");
        assertThat(DraftRefusals.text(ActionField.FINDINGS, FieldProblem.unknown(List.of("F-X-1", "F-Y-2"))))
                .startsWith("I can't find F-X-1, F-Y-2 among your findings.");
        assertThat(DraftRefusals.text(ActionField.DEADLINE, FieldProblem.of(Reason.DEADLINE_BEFORE_START, "2026-01-01", "2026-02-01")))
                .isEqualTo("The deadline (2026-01-01) is before the start (2026-02-01).");
    }

    @Test
    void theProfilesProblemsHaveTheirSentences() {
        assertThat(DraftRefusals.text(ProfileField.PROFILE, FieldProblem.over(Reason.TOO_MANY_WORDS, 250, 260)))
                .isEqualTo("The form allows up to 250 words; this profile has 260. Please shorten it by 10.");
        assertThat(DraftRefusals.text(ProfileField.ORGANISATION_NAME, FieldProblem.over(Reason.TOO_LONG, 200, 0)))
                .isEqualTo("Please keep this under 200 characters.");
        assertThat(DraftRefusals.text(ProfileField.LEAD_EMAIL, FieldProblem.of(Reason.NOT_AN_EMAIL)))
                .isEqualTo("That does not look like an e-mail address, e.g. tc-lead@example.ac.uk");
        assertThat(DraftRefusals.text(ProfileField.LAST_SUBMITTED_ON, FieldProblem.of(Reason.IN_FUTURE, "2099-01-01")))
                .isEqualTo("The last submission's date (2099-01-01) is in the future; give the day it was submitted.");
        assertThat(DraftRefusals.text(ProfileField.PLAN_MONTHS, FieldProblem.of(Reason.NOT_A_PLAN_LENGTH)))
                .isEqualTo("Give the plan's length as a number of months from 12 to 60, e.g. 36, or leave it blank for the stage's usual length.");
    }
}
