package org.techvoice.draft.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ProgressUpdate;
import org.techvoice.draft.actionplan.Trajectory;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.profile.ProfileService;

/**
 * Submissions as snapshots: the day a self-assessment went to the Commitment, its figures and its plan as they stood.
 * Recording one moves the profile on to the next stage with the day as the last submission.
 */
@Service
public class SubmissionService {

    /** Why a submission was not recorded; the adapter words it. */
    public enum Refusal {
        DATE_IN_FUTURE, ALREADY_RECORDED, BAD_STAGE
    }

    /** What came of recording a submission: recorded, refused, or a typed plan with lines to fix. */
    public sealed interface Outcome {

        default boolean done() {
            return this instanceof Recorded;
        }
    }

    /** Recorded as submission {@code id} with {@code actions} actions; the workspace now prepares {@code next}. */
    public record Recorded(long id, int actions, CommitmentStage next) implements Outcome {
    }

    /** Nothing was recorded, for this reason. */
    public record Refused(Refusal refusal) implements Outcome {
    }

    /** Nothing was recorded: these lines of the typed plan are wrong. */
    public record InvalidPlan(List<PlanCsv.RowError> errors) implements Outcome {

        public InvalidPlan {
            errors = List.copyOf(errors);
        }
    }

    private final SubmissionStore store;
    private final ActionPlanService actionPlan;
    private final ProfileService profiles;
    private final Clock clock;

    SubmissionService(SubmissionStore store, ActionPlanService actionPlan, ProfileService profiles, Clock clock) {
        this.store = store;
        this.actionPlan = actionPlan;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Records the stage being prepared as submitted on {@code on}, with these figures and the plan as it stands. */
    @Transactional
    public Outcome record(String teamId, String userId, LocalDate on, KeyFigures figures) {
        CommitmentStage stage = profiles.stage(teamId);
        Optional<Refusal> refused = refusal(teamId, on, stage.stage());
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        Map<Long, List<ProgressUpdate>> histories = actionPlan.histories(teamId);
        List<SubmittedAction> actions = actionPlan.list(teamId).stream()
                .map(action -> snapshot(action, histories.getOrDefault(action.id(), List.of()), on)).toList();
        long id = store.insert(teamId, stage.stage(), on, Submission.Source.DRAFT, stage.planMonths(), figures, actions, userId, clock.instant());
        CommitmentStage next = moveOn(teamId, userId, stage.stage(), on);
        return new Recorded(id, actions.size(), next);
    }

    /** Records an earlier submission typed in by hand: its day, stage and plan (CSV, see {@link PlanCsv}). */
    @Transactional
    public Outcome recordEarlier(String teamId, String userId, LocalDate on, int stage, String planCsv) {
        CommitmentStage current = profiles.stage(teamId);
        if (stage < CommitmentStage.FIRST_STAGE || stage > CommitmentStage.LAST_STAGE) {
            return new Refused(Refusal.BAD_STAGE);
        }
        Optional<Refusal> refused = refusal(teamId, on, stage);
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        PlanCsv.Parsed parsed = PlanCsv.parse(planCsv);
        if (!parsed.errors().isEmpty()) {
            return new InvalidPlan(parsed.errors());
        }
        long id = store.insert(teamId, stage, on, Submission.Source.MANUAL, CommitmentStage.defaultMonths(stage), null, parsed.actions(),
                userId, clock.instant());
        boolean latest = store.all(teamId).stream().allMatch(s -> !s.submittedOn().isAfter(on));
        CommitmentStage next = latest ? moveOn(teamId, userId, stage, on) : current;
        return new Recorded(id, parsed.actions().size(), next);
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<Submission> all(String teamId) {
        return store.all(teamId);
    }

    /** The most recent submission, the one a Stage 2 or 3 draft reflects on. */
    @Transactional(readOnly = true)
    public Optional<Submission> latest(String teamId) {
        List<Submission> all = store.all(teamId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Optional<Refusal> refusal(String teamId, LocalDate on, int stage) {
        if (on.isAfter(LocalDate.now(clock))) {
            return Optional.of(Refusal.DATE_IN_FUTURE);
        }
        if (store.all(teamId).stream().anyMatch(s -> s.stage() == stage && s.submittedOn().equals(on))) {
            return Optional.of(Refusal.ALREADY_RECORDED);
        }
        return Optional.empty();
    }

    private CommitmentStage moveOn(String teamId, String userId, int submittedStage, LocalDate on) {
        int next = Math.min(submittedStage + 1, CommitmentStage.LAST_STAGE);
        CommitmentStage stage = CommitmentStage.of(next, on);
        profiles.saveStage(teamId, userId, stage);
        return stage;
    }

    private static SubmittedAction snapshot(ActionItem action, List<ProgressUpdate> history, LocalDate on) {
        List<ProgressUpdate> until = history.stream()
                .filter(u -> !u.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(on)).toList();
        return new SubmittedAction(action.reference(), action.themes(), action.description(), action.lead(), action.deadline(),
                action.rag(), action.status(), action.updateNote(), Trajectory.of(until.isEmpty() ? history : until).ratings(),
                action.evidenceReferences());
    }
}
