package org.techvoice.surveys.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.surveys.AnswerOutcome;
import org.techvoice.surveys.FieldErrors;
import org.techvoice.surveys.FieldErrors.Problem;
import org.techvoice.surveys.FieldErrors.Reason;
import org.techvoice.surveys.SurveyField;
import org.techvoice.surveys.SurveyProblem;

/** The builder's form errors come as facts by field; these are the words Slack shows beside each field. */
class SurveyProblemsTest {

    @Test
    void aMissingValueIsAskedForInTheFieldsOwnWords() {
        Problem missing = new Problem(Reason.MISSING, 0, "");

        assertThat(SurveyProblems.text(SurveyField.TITLE, missing)).isEqualTo("Give the survey a title people will recognise in their DMs.");
        assertThat(SurveyProblems.text(SurveyField.AUDIENCE, missing)).isEqualTo("Choose who the survey goes to.");
        assertThat(SurveyProblems.text(SurveyField.USER_GROUP, missing)).isEqualTo("Type the user group's handle, e.g. @lab-technicians.");
        assertThat(SurveyProblems.text(SurveyField.QUESTION_THEME, missing)).isEqualTo("Tag the question with a Technician Commitment theme.");
        assertThat(EnumSet.allOf(SurveyField.class)).allSatisfy(field -> assertThat(SurveyProblems.text(field, missing)).isNotBlank());
    }

    @Test
    void aLimitIsNamedWithItsNumber() {
        assertThat(SurveyProblems.text(SurveyField.TITLE, new Problem(Reason.TOO_LONG, 150, ""))).isEqualTo("Keep the title to 150 characters.");
        assertThat(SurveyProblems.text(SurveyField.INTRODUCTION, new Problem(Reason.TOO_LONG, 1000, "")))
                .isEqualTo("Keep the introduction to 1000 characters.");
        assertThat(SurveyProblems.text(SurveyField.QUESTION_TEXT, new Problem(Reason.TOO_LONG, 300, ""))).isEqualTo("Keep the question to 300 characters.");
        assertThat(SurveyProblems.text(SurveyField.CHOICES, new Problem(Reason.TOO_LONG, 75, ""))).isEqualTo("Keep each option to 75 characters.");
        assertThat(SurveyProblems.text(SurveyField.CHOICES, new Problem(Reason.CHOICE_COUNT, 10, ""))).isEqualTo("Give between 2 and 10 options, one per line.");
        assertThat(SurveyProblems.text(SurveyField.QUESTION_TEXT, new Problem(Reason.TOO_MANY_QUESTIONS, 40, "")))
                .isEqualTo("A survey can have 40 questions at most; shorter surveys get more answers.");
    }

    @Test
    void anUnknownUserGroupRepeatsWhatWasTyped() {
        assertThat(SurveyProblems.text(SurveyField.USER_GROUP, new Problem(Reason.NO_SUCH_USER_GROUP, 0, "@lab-techs")))
                .isEqualTo("No user group called @lab-techs in this workspace. Check the handle in Slack's People > User groups.");
    }

    @Test
    void everyErrorIsPlacedOnItsFieldsBlock() {
        FieldErrors errors = new FieldErrors(Map.of(SurveyField.CLOSES, new Problem(Reason.CLOSES_TOO_SOON, 0, "")));

        assertThat(SurveyModals.blockErrors(errors)).containsExactly(Map.entry(SurveyModals.CLOSES,
                "The closing time must be at least an hour after the survey opens (and in the future)."));
    }

    @Test
    void eachAnswerProblemHasItsSentence() {
        assertThat(SurveyProblems.text(AnswerOutcome.AnswerProblem.CHOOSE_ONE)).isEqualTo("Please choose one answer.");
        assertThat(SurveyProblems.text(AnswerOutcome.AnswerProblem.TICK_AT_LEAST_ONE)).isEqualTo("Please tick at least one option.");
        assertThat(SurveyProblems.text(AnswerOutcome.AnswerProblem.ONE_ANSWER)).isEqualTo("Please give one answer.");
        assertThat(SurveyProblems.text(AnswerOutcome.AnswerProblem.TOO_LONG)).isEqualTo("Please keep this to 1000 characters.");
    }

    @Test
    void everyLeadActionCompletesTheRoleRefusal() {
        assertThat(SurveyProblems.doing(SurveyProblem.LeadAction.BUILD)).isEqualTo("build surveys");
        assertThat(SurveyProblems.doing(SurveyProblem.LeadAction.SEE_RESULTS)).isEqualTo("see survey results");
        assertThat(EnumSet.allOf(SurveyProblem.LeadAction.class)).allSatisfy(action -> assertThat(SurveyProblems.doing(action)).contains("survey"));
    }
}
