package org.techvoice.draft.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.submission.PlanCsv;
import org.techvoice.draft.submission.SubmissionService;

/** A typed plan's problems and a refused submission come as facts; these are the words of the form and the DM. */
class SubmissionWordsTest {

    final SubmissionWords words = new SubmissionWords();

    @Test
    void everyBadLineOfATypedPlanIsToldWithItsNumber() {
        PlanCsv.Parsed parsed = PlanCsv.parse("""
                reference,action,themes,status
                TC-01,Profiles on the web,Visibility,done
                ???,Awards,Recognition,done
                TC-01,Again,Visibility,done
                TC-03,,Visibility,done
                TC-04,Newsletter,Nothing,done
                TC-05,Newsletter,Visibility,finished
                TC-06,Newsletter,Visibility,done,purple
                TC-07,Newsletter,Visibility,done,red,soon
                TC-08,Newsletter
                """);

        assertThat(words.planErrors(new SubmissionService.InvalidPlan(parsed.errors()))).isEqualTo(
                "Line 3: \"???\" is not a reference like TC-01 or 3.2. "
                        + "Line 4: TC-01 is listed twice. "
                        + "Line 5: say what the action was (up to 3,000 characters). "
                        + "Line 6: name at least one theme (Visibility, Recognition, Career Development, Sustainability, Evaluating Impact), separated by ; "
                        + "Line 7: \"finished\" is not a status: use not started, in progress, done or dropped. (and 3 more)");
        assertThat(parsed.errors().subList(5, 8)).extracting(SubmissionWords::text).containsExactly(
                "\"purple\" is not a RAG rating: use red, amber or green.",
                "\"soon\" is not a date like 2024-07-31.",
                "expected 4 to 7 columns (reference, action, themes, status, RAG, deadline, what was achieved) but found 2.");
    }

    @Test
    void problemsWithTheWholeTextHaveNoLine() {
        assertThat(words.planErrors(new SubmissionService.InvalidPlan(PlanCsv.parse(" ").errors())))
                .isEqualTo("Paste at least one action: reference, action, themes, status, RAG, deadline, what was achieved.");
        assertThat(words.planErrors(new SubmissionService.InvalidPlan(PlanCsv.parse("reference,action,themes,status").errors())))
                .isEqualTo("There are column names but no actions below them.");
    }

    @Test
    void aRefusedSubmissionIsToldAsAWarning() {
        LocalDate on = LocalDate.of(2099, 1, 1);

        assertThat(words.recorded(new SubmissionService.Refused(SubmissionService.Refusal.DATE_IN_FUTURE), on))
                .isEqualTo(":warning: 2099-01-01 is in the future: give the day the self-assessment was submitted.");
    }
}
