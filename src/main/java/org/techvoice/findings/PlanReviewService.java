package org.techvoice.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.findings.DecisionResult.Refusal;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/**
 * The lead's review of what technicians told us: the findings and proposed actions per theme, and the decisions on them
 * (accept, edit then accept, dismiss with a reason), each recorded in the audit log in the same transaction as its change.
 * The one API the Slack review uses.
 *
 * <p>Reading the evidence takes up to a few seconds for a large workspace, so it is never done inside a transaction
 * (the entry sources page through their tables on their own) and the last review of each workspace is kept for
 * {@link #FRESH}, so that the lead's Accept acts on the proposal the lead saw. Any decision forgets it.
 */
@Service
public class PlanReviewService {

    public static final int REASON_LIMIT = 1000;
    static final Duration FRESH = Duration.ofMinutes(10);

    private final FindingsEngine engine;
    private final ProfileService profiles;
    private final ActionPlanService actionPlan;
    private final FindingDecisions decisions;
    private final AuditLog audit;
    private final ThemeCatalogue catalogue;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Cached> latest = new ConcurrentHashMap<>();

    PlanReviewService(FindingsEngine engine, ProfileService profiles, ActionPlanService actionPlan, FindingDecisions decisions,
            AuditLog audit, ThemeCatalogue catalogue, PlatformTransactionManager transactionManager, Clock clock) {
        this.engine = engine;
        this.profiles = profiles;
        this.actionPlan = actionPlan;
        this.decisions = decisions;
        this.audit = audit;
        this.catalogue = catalogue;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The findings of the evidence period (since the signatory date in the profile, else everything) per theme. */
    public PlanReview review(String teamId, LocalDate asOf) {
        return PlanReview.of(compute(teamId, asOf));
    }

    /** The action a proposal would become, for the Edit form; empty when no open proposal has that reference. */
    public Optional<ActionInput> prefill(String teamId, String proposalReference, LocalDate asOf) {
        PlanFindings findings = current(teamId, asOf);
        return findings.proposal(proposalReference).map(p -> input(p, actionPlan.nextReference(teamId)));
    }

    /** Accepts a proposal as it stands: it becomes an action of the plan, keeping its finding and evidence as its origin. */
    public DecisionResult accept(String teamId, String userId, String proposalReference, LocalDate asOf) {
        return accept(teamId, userId, proposalReference, asOf, null);
    }

    /**
     * Accepts a proposal with the lead's changes. Whatever the lead changed, the action keeps its finding; when the lead
     * left the evidence empty it keeps the proposal's.
     */
    public DecisionResult acceptEdited(String teamId, String userId, String proposalReference, ActionInput edited, LocalDate asOf) {
        Objects.requireNonNull(edited, "edited");
        return accept(teamId, userId, proposalReference, asOf, edited);
    }

    /** Dismisses a finding with the lead's reason, which is kept; it comes back only when new evidence adds to it. */
    public DecisionResult dismiss(String teamId, String userId, String findingReference, String reason, LocalDate asOf) {
        if (reason == null || reason.isBlank()) {
            return new DecisionResult.Refused(Refusal.REASON_REQUIRED);
        }
        String why = reason.strip();
        if (why.length() > REASON_LIMIT) {
            return new DecisionResult.Refused(Refusal.REASON_TOO_LONG);
        }
        Cached cached = cached(teamId, asOf);
        Optional<Finding> found = cached.findings().finding(findingReference == null ? "" : findingReference.strip());
        if (found.isEmpty()) {
            return new DecisionResult.Refused(Refusal.UNKNOWN);
        }
        Finding finding = found.get();
        if (finding.status() != Finding.Status.OPEN) {
            return new DecisionResult.Refused(Refusal.ALREADY_DECIDED);
        }
        DecisionResult result = transactions.execute(status -> {
            if (decidedSince(teamId, finding.reference(), cached.at())) {
                return new DecisionResult.Refused(Refusal.ALREADY_DECIDED);
            }
            decisions.dismissed(teamId, userId, finding.reference(), why, finding.entryCount(), finding.lastDay());
            audit.record(teamId, userId, "plan.dismiss", "Dismissed finding " + finding.reference() + " ('" + finding.title() + "'): " + why);
            return new DecisionResult.Dismissed();
        });
        latest.remove(teamId);
        return result;
    }

    /** For the draft: the findings of a period, read afresh. */
    PlanFindings findings(String teamId, LocalDate since, LocalDate asOf) {
        return engine.compute(teamId, since, asOf);
    }

    private DecisionResult accept(String teamId, String userId, String proposalReference, LocalDate asOf, ActionInput edited) {
        Cached cached = cached(teamId, asOf);
        Optional<ProposedAction> found = cached.findings().proposal(proposalReference == null ? "" : proposalReference.strip());
        if (found.isEmpty()) {
            return new DecisionResult.Refused(Refusal.UNKNOWN);
        }
        ProposedAction proposal = found.get();
        Finding finding = cached.findings().finding(proposal.findingReference()).orElseThrow();
        if (finding.status() != Finding.Status.OPEN) {
            return new DecisionResult.Refused(Refusal.ALREADY_DECIDED);
        }
        ActionInput proposed = input(proposal, actionPlan.nextReference(teamId));
        ActionInput action = edited == null ? proposed : edited(edited, proposed, finding.reference());
        DecisionResult result = transactions.execute(status -> {
            if (decidedSince(teamId, finding.reference(), cached.at())) {
                return new DecisionResult.Refused(Refusal.ALREADY_DECIDED);
            }
            Map<ActionField, FieldProblem> errors = actionPlan.add(teamId, userId, action);
            if (!errors.isEmpty()) {
                return new DecisionResult.Invalid(errors);
            }
            String reference = action.reference().strip().toUpperCase(java.util.Locale.ROOT);
            decisions.accepted(teamId, userId, finding.reference(), proposal.reference(), reference, finding.entryCount(), finding.lastDay());
            audit.record(teamId, userId, edited == null ? "plan.accept" : "plan.accept-edited", "Accepted " + proposal.reference()
                    + " for finding " + finding.reference() + " as action " + reference + " (origin " + proposal.origin().name().toLowerCase(java.util.Locale.ROOT)
                    + (edited == null ? "" : "; changed: " + changes(proposed, action)) + ")");
            return new DecisionResult.Accepted(reference);
        });
        latest.remove(teamId);
        return result;
    }

    /** A decision recorded after the review the lead acted on was made: a second click, or another lead. */
    private boolean decidedSince(String teamId, String finding, Instant reviewed) {
        FindingDecisionRecord decision = decisions.latest(teamId).get(finding);
        return decision != null && !decision.decidedAt().isBefore(reviewed);
    }

    private ActionInput input(ProposedAction proposal, String reference) {
        String description = proposal.action() + ": " + String.join("; ", proposal.steps()) + ".";
        List<String> evidence = proposal.evidenceReferences().stream().filter(ref -> catalogue.activity(ref).isEmpty()).limit(50).toList();
        return new ActionInput(reference, Set.copyOf(proposal.themes()), description, proposal.owner(), proposal.startsOn(),
                proposal.deadline(), proposal.successMeasure(), Rag.GREEN, null, String.join(" ", evidence), proposal.findingReference());
    }

    private static ActionInput edited(ActionInput edited, ActionInput proposed, String finding) {
        Set<String> findings = new LinkedHashSet<>(List.of(finding));
        findings.addAll(edited.findingReferences());
        String evidence = edited.evidenceText() == null || edited.evidenceText().isBlank() ? proposed.evidenceText() : edited.evidenceText();
        Set<Theme> themes = edited.themes().isEmpty() ? proposed.themes() : edited.themes();
        return new ActionInput(edited.reference() == null || edited.reference().isBlank() ? proposed.reference() : edited.reference(),
                themes, edited.description(), edited.lead(), edited.startsOn(), edited.deadline(), edited.successMeasure(),
                edited.rag() == null ? Rag.GREEN : edited.rag(), edited.updateNote(), evidence, String.join(" ", findings));
    }

    private static String changes(ActionInput proposed, ActionInput accepted) {
        Set<ActionField> changed = EnumSet.noneOf(ActionField.class);
        compare(changed, ActionField.REFERENCE, proposed.reference(), accepted.reference());
        compare(changed, ActionField.THEMES, proposed.themes(), accepted.themes());
        compare(changed, ActionField.DESCRIPTION, proposed.description(), accepted.description());
        compare(changed, ActionField.LEAD, proposed.lead(), accepted.lead());
        compare(changed, ActionField.STARTS_ON, proposed.startsOn(), accepted.startsOn());
        compare(changed, ActionField.DEADLINE, proposed.deadline(), accepted.deadline());
        compare(changed, ActionField.SUCCESS_MEASURE, proposed.successMeasure(), accepted.successMeasure());
        compare(changed, ActionField.RAG, proposed.rag(), accepted.rag());
        compare(changed, ActionField.EVIDENCE, proposed.evidenceReferences(), accepted.evidenceReferences());
        compare(changed, ActionField.FINDINGS, proposed.findingReferences(), accepted.findingReferences());
        if (changed.isEmpty()) {
            return "nothing";
        }
        List<String> names = new ArrayList<>();
        changed.forEach(field -> names.add(field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return String.join(", ", names);
    }

    private static void compare(Set<ActionField> changed, ActionField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private PlanFindings compute(String teamId, LocalDate asOf) {
        Instant at = clock.instant();
        LocalDate signed = profiles.current(teamId).signatoryDate();
        LocalDate since = signed == null ? LocalDate.EPOCH : signed;
        PlanFindings findings = engine.compute(teamId, since, asOf);
        latest.put(teamId, new Cached(asOf, at, findings));
        return findings;
    }

    private PlanFindings current(String teamId, LocalDate asOf) {
        return cached(teamId, asOf).findings();
    }

    private Cached cached(String teamId, LocalDate asOf) {
        Cached cached = latest.get(teamId);
        if (cached != null && cached.asOf().equals(asOf) && cached.at().plus(FRESH).isAfter(clock.instant())) {
            return cached;
        }
        compute(teamId, asOf);
        return latest.get(teamId);
    }

    private record Cached(LocalDate asOf, Instant at, PlanFindings findings) {
    }
}
