package org.techvoice.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.techvoice.scheduling.AfterCommitWakeUp;

/**
 * Delivers a queued message as soon as its transaction commits rather than at the next poll
 * ({@code techvoice.outbox.poll-delay}), through {@link OutboxJobs} and so under the poll's own lock.
 */
@Component
class OutboxWakeUp {

    private final AfterCommitWakeUp wakeUp;

    OutboxWakeUp(TaskScheduler scheduler, ObjectProvider<OutboxJobs> jobs) {
        // looked up when first woken: the jobs' bean depends, through the worker, on beans that queue messages
        this.wakeUp = new AfterCommitWakeUp(scheduler, () -> jobs.getObject().deliverDue());
    }

    /** A message was queued in the caller's transaction. */
    void messageQueued() {
        wakeUp.workStored();
    }
}
