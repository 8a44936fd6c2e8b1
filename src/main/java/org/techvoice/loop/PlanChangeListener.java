package org.techvoice.loop;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionPlanChanged;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;

/**
 * Notes each change to an action: for the digest's "actions that moved", and, for an action that came from technicians
 * (their voice or a survey) while the posts are on, for the day's "you said, we did" post. In the lead's own
 * transaction, just before it commits: the note is written exactly when the change is, so neither a rolled-back change
 * is announced nor a committed one lost to a crash in between; a failure here fails the change, which the lead is told
 * and can repeat.
 */
@Component
class PlanChangeListener {

    /** Actions of the lead's own, and those answering an Appendix A gap, were not raised by technicians. */
    static final Set<ActionOrigin> FROM_TECHNICIANS = EnumSet.of(ActionOrigin.VOICE, ActionOrigin.SURVEY);

    private final ActionPlanService plan;
    private final PlanChanges changes;
    private final LoopSettingsStore settings;

    PlanChangeListener(ActionPlanService plan, PlanChanges changes, LoopSettingsStore settings) {
        this.plan = plan;
        this.changes = changes;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(ActionPlanChanged changed) {
        note(changed);
    }

    private void note(ActionPlanChanged changed) {
        LoopSettings switches = settings.settings(changed.teamId());
        plan.find(changed.teamId(), changed.actionId()).ifPresent(action -> {
            PlanChange change = new PlanChange(action.id(), kind(changed, action), LocalDate.ofInstant(changed.at(), switches.zone()));
            // an action of the lead's own, or any while the posts are off, is kept for the digest's "actions that moved" only
            changes.record(changed.teamId(), change, switches.saidDidPosts() && FROM_TECHNICIANS.contains(action.origin()));
        });
    }

    private static PlanChange.Kind kind(ActionPlanChanged changed, ActionItem action) {
        if (changed.change() == ActionPlanChanged.Change.ADDED) {
            return PlanChange.Kind.ACCEPTED;
        }
        return action.status() == ActionStatus.DONE ? PlanChange.Kind.COMPLETED : PlanChange.Kind.STATUS_CHANGED;
    }
}
