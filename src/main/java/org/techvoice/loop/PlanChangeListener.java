package org.techvoice.loop;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionPlanChanged;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;

/**
 * Notes each committed change to an action: for the digest's "actions that moved", and, for an action that came from
 * technicians (their voice or a survey) while the posts are on, for the day's "you said, we did" post. After the commit, so an action the lead's transaction rolled back is never announced; in its
 * own transaction, so a failure here never undoes the lead's change.
 */
@Component
class PlanChangeListener {

    /** Actions of the lead's own, and those answering an Appendix A gap, were not raised by technicians. */
    static final Set<ActionOrigin> FROM_TECHNICIANS = EnumSet.of(ActionOrigin.VOICE, ActionOrigin.SURVEY);

    private final ActionPlanService plan;
    private final PlanChanges changes;
    private final LoopSettingsStore settings;

    private static final Logger log = LoggerFactory.getLogger(PlanChangeListener.class);

    private final TransactionTemplate transactions;

    PlanChangeListener(ActionPlanService plan, PlanChanges changes, LoopSettingsStore settings, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.plan = plan;
        this.changes = changes;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionPlanChanged changed) {
        try {
            transactions.executeWithoutResult(status -> note(changed));
        } catch (RuntimeException e) {
            // after the lead's commit an exception would reach the lead as a failure of a change that was made
            log.warn("A change to action {} of {} could not be noted for the loop's posts: {}", changed.reference(), changed.teamId(),
                    e.getMessage());
        }
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
