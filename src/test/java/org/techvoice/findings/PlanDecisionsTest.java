package org.techvoice.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.audit.AuditLog;
import org.techvoice.audit.AuditRecord;
import org.techvoice.draft.Finding;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.support.SlackAppTest;
import org.techvoice.themes.Theme;

/** The lead's decisions on findings, stored with the action plan and recorded in the audit log. */
@SlackAppTest
class PlanDecisionsTest {

    private static final String LEAD = "U0LEAD01";

    @Autowired
    private PlanReviewService reviews;

    @Autowired
    private ActionPlanService actionPlan;

    @Autowired
    private AuditLog audit;

    private final LocalDate today = LocalDate.now();

    @Test
    void acceptingAProposalMakesAnActionThatKeepsItsOriginAndIsAudited() {
        String team = "T0DECIDE1";
        ProposedAction proposal = reviews.review(team, today).findings().proposalsFor("F-GAP-SUS-2").get(0);

        DecisionResult result = reviews.accept(team, LEAD, proposal.reference(), today);

        assertThat(result).isInstanceOf(DecisionResult.Accepted.class);
        String reference = ((DecisionResult.Accepted) result).actionReference();
        ActionItem action = actionPlan.list(team).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(action.origin()).isEqualTo(ActionOrigin.GAP);
        assertThat(action.findingReferences()).containsExactly("F-GAP-SUS-2");
        assertThat(action.description()).startsWith(proposal.action());
        assertThat(action.deadline()).isEqualTo(proposal.deadline());
        assertThat(audit.latest(team, 5)).extracting(AuditRecord::action).contains("plan.accept");
        Finding accepted = reviews.review(team, today).findings().finding("F-GAP-SUS-2").orElseThrow();
        assertThat(accepted.status()).isEqualTo(Finding.Status.ACCEPTED);
        assertThat(accepted.actionReferences()).containsExactly(reference);
        assertThat(reviews.accept(team, LEAD, proposal.reference(), today)).isEqualTo(new DecisionResult.Refused(DecisionResult.Refusal.UNKNOWN));
    }

    @Test
    void anEditedProposalIsAcceptedWithTheLeadsChanges() {
        String team = "T0DECIDE2";
        ProposedAction proposal = reviews.review(team, today).findings().proposalsFor("F-GAP-SUS-4").get(0);
        ActionInput prefilled = reviews.prefill(team, proposal.reference(), today).orElseThrow();
        ActionInput edited = new ActionInput(prefilled.reference(), prefilled.themes(), prefilled.description(), "Head of Apprenticeships",
                prefilled.startsOn(), prefilled.deadline(), prefilled.successMeasure(), Rag.AMBER, null, prefilled.evidenceText());

        DecisionResult result = reviews.acceptEdited(team, LEAD, proposal.reference(), edited, today);

        assertThat(result).isInstanceOf(DecisionResult.Accepted.class);
        ActionItem action = actionPlan.list(team).get(0);
        assertThat(action.lead()).isEqualTo("Head of Apprenticeships");
        assertThat(action.rag()).isEqualTo(Rag.AMBER);
        assertThat(action.findingReferences()).containsExactly("F-GAP-SUS-4");
        assertThat(audit.latest(team, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("plan.accept-edited");
            assertThat(entry.detail()).contains("lead").contains("rag");
        });
    }

    @Test
    void anEditWithAnErrorIsRefusedWithTheFieldToFixAndNothingIsKept() {
        String team = "T0DECIDE3";
        ProposedAction proposal = reviews.review(team, today).findings().proposalsFor("F-GAP-SUS-4").get(0);
        ActionInput prefilled = reviews.prefill(team, proposal.reference(), today).orElseThrow();
        ActionInput edited = new ActionInput(prefilled.reference(), prefilled.themes(), prefilled.description(), " ",
                prefilled.startsOn(), prefilled.deadline(), prefilled.successMeasure(), Rag.GREEN, null, prefilled.evidenceText());

        DecisionResult result = reviews.acceptEdited(team, LEAD, proposal.reference(), edited, today);

        assertThat(result).isInstanceOfSatisfying(DecisionResult.Invalid.class, invalid -> assertThat(invalid.errors()).containsKey(ActionField.LEAD));
        assertThat(actionPlan.list(team)).isEmpty();
        assertThat(audit.latest(team, 5)).isEmpty();
    }

    @Test
    void aDismissalNeedsAReasonWhichIsKeptAndAudited() {
        String team = "T0DECIDE4";
        reviews.review(team, today);
        assertThat(reviews.dismiss(team, LEAD, "F-GAP-SUS-3", "  ", today)).isEqualTo(new DecisionResult.Refused(DecisionResult.Refusal.REASON_REQUIRED));
        assertThat(reviews.dismiss(team, LEAD, "F-GAP-SUS-3", "x".repeat(PlanReviewService.REASON_LIMIT + 1), today)).isEqualTo(new DecisionResult.Refused(DecisionResult.Refusal.REASON_TOO_LONG));
        assertThat(reviews.dismiss(team, LEAD, "F-NOPE-1", "Not ours", today)).isEqualTo(new DecisionResult.Refused(DecisionResult.Refusal.UNKNOWN));

        assertThat(reviews.dismiss(team, LEAD, "F-GAP-SUS-3", "We run a county-wide apprenticeship scheme already", today)).isEqualTo(new DecisionResult.Dismissed());

        Finding dismissed = reviews.review(team, today).findings().finding("F-GAP-SUS-3").orElseThrow();
        assertThat(dismissed.status()).isEqualTo(Finding.Status.DISMISSED);
        assertThat(dismissed.dismissalReason()).isEqualTo("We run a county-wide apprenticeship scheme already");
        assertThat(reviews.review(team, today).findings().proposalsFor("F-GAP-SUS-3")).isEmpty();
        assertThat(reviews.dismiss(team, LEAD, "F-GAP-SUS-3", "Again", today)).isEqualTo(new DecisionResult.Refused(DecisionResult.Refusal.ALREADY_DECIDED));
        assertThat(audit.latest(team, 5)).extracting(AuditRecord::action).containsExactly("plan.dismiss");
    }

    @Test
    void actionAddLinksAnActionToFindingsByReference() {
        String team = "T0DECIDE5";
        ActionInput unknown = action("TC-90", "F-CAR-999");
        assertThat(actionPlan.add(team, LEAD, unknown)).containsKey(ActionField.FINDINGS);

        assertThat(actionPlan.add(team, LEAD, action("TC-91", "f-gap-sus-3 F-CAR-1"))).isEmpty();

        ActionItem linked = actionPlan.list(team).get(0);
        assertThat(linked.origin()).isEqualTo(ActionOrigin.GAP);
        assertThat(linked.findingReferences()).containsExactly("F-GAP-SUS-3", "F-CAR-1");
        assertThat(reviews.review(team, today).findings().finding("F-GAP-SUS-3").orElseThrow().status()).isEqualTo(Finding.Status.COVERED);
    }

    private ActionInput action(String reference, String findings) {
        return new ActionInput(reference, Set.of(Theme.SUSTAINABILITY), "Join the county apprenticeship scheme", "HR", today,
                today.plusMonths(12), "Two apprentices in post", Rag.GREEN, null, null, findings);
    }
}
