package org.techvoice.findings.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.findings.DecisionResult;
import org.techvoice.findings.PlanReviewService;

/** The review's decisions come back as facts; these are their words. */
class PlanRepliesTest {

    @Test
    void anAcceptedProposalNamesTheActionItBecame() {
        assertThat(PlanReplies.words("P-CAR-1a", new DecisionResult.Accepted("A-7"))).startsWith(":white_check_mark: Accepted *P-CAR-1a* as *A-7*:")
                .contains("`/tc action list` shows it.");
    }

    @Test
    void aDismissedFindingSaysTheReasonIsKept() {
        assertThat(PlanReplies.words("F-GAP-SUS-3", new DecisionResult.Dismissed()))
                .startsWith(":heavy_multiplication_x: Dismissed *F-GAP-SUS-3*. Your reason is kept");
    }

    @Test
    void eachRefusalHasItsSentence() {
        assertThat(PlanReplies.words("P-1", new DecisionResult.Refused(DecisionResult.Refusal.UNKNOWN)))
                .startsWith(":grey_question: That proposal or finding is no longer in the review");
        assertThat(PlanReplies.words("P-1", new DecisionResult.Refused(DecisionResult.Refusal.ALREADY_DECIDED)))
                .startsWith(":ballot_box_with_check: That was already decided");
        assertThat(PlanReplies.refusal(DecisionResult.Refusal.REASON_REQUIRED))
                .isEqualTo("Please say why you are dismissing it: the reason is kept for the self-assessment.");
        assertThat(PlanReplies.refusal(DecisionResult.Refusal.REASON_TOO_LONG))
                .isEqualTo("Please keep the reason under " + PlanReviewService.REASON_LIMIT + " characters.");
    }

    @Test
    void anInvalidActionListsItsErrorsInTheFormsWordsEscaped() {
        Map<ActionField, FieldProblem> errors = new LinkedHashMap<>();
        errors.put(ActionField.LEAD, FieldProblem.of(FieldProblem.Reason.MISSING));
        errors.put(ActionField.EVIDENCE, FieldProblem.unknown(List.of("<V-99>")));

        assertThat(PlanReplies.words("P-1", new DecisionResult.Invalid(errors))).isEqualTo(
                ":warning: I couldn't add it to your plan: Name who leads it: a person or a role. I can't find &lt;V-99&gt; in this "
                        + "workspace. Use references like V-12 (voice), C-40 (contribution), A-7 (achievement) or S-3/Q2 (survey question). "
                        + "Press *Edit* to change it first.");
    }
}
