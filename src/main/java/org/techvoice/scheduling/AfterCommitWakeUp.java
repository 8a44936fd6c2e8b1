package org.techvoice.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a polling job as soon as the transaction that gave it work commits, instead of leaving the work to the job's
 * next poll: a reply someone is waiting for, or the draft they asked for, starts at once. The run goes on the
 * scheduler's thread, so it never overlaps the job's own scheduled runs, and through the job's lock; wake-ups asked
 * for while one is already queued are that one, and a transaction that asks many times (a fan-out) asks once. Woken
 * runs start at least {@code spacing} apart, so a burst of requests that each store work (a channel answering a
 * survey) costs a run per spacing, not a run per request. The poll still runs, for work whose time comes later and
 * for work another instance stored.
 */
public final class AfterCommitWakeUp {

    /** Soon enough that nobody notices, far enough apart that a busy minute does not run a job per request. */
    public static final Duration RUNS_APART = Duration.ofMillis(50);

    private final TaskScheduler scheduler;
    private final Runnable job;
    private final Duration spacing;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Instant lastStarted = Instant.EPOCH;

    /**
     * Woken runs {@link #RUNS_APART}.
     *
     * @param scheduler the scheduler the job's {@code @Scheduled} runs use
     * @param job       the job, called through its bean (so that its {@code @SchedulerLock} applies)
     */
    public AfterCommitWakeUp(TaskScheduler scheduler, Runnable job) {
        this(scheduler, job, RUNS_APART);
    }

    /** @param spacing the least time between the starts of two woken runs */
    AfterCommitWakeUp(TaskScheduler scheduler, Runnable job, Duration spacing) {
        this.scheduler = scheduler;
        this.job = job;
        this.spacing = spacing;
    }

    /** Work was stored: run the job once the caller's transaction commits (not if it rolls back), or now without one. */
    public void workStored() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AfterCommitWakeUp.this);
                if (status == STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    private void wake() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        Instant now = scheduler.getClock().instant();
        Instant earliest = lastStarted.plus(spacing);
        try {
            scheduler.schedule(() -> {
                queued.set(false);
                lastStarted = scheduler.getClock().instant();
                job.run();
            }, earliest.isAfter(now) ? earliest : now);
        } catch (TaskRejectedException stopping) {
            // the app is stopping: the work stays stored, and the next start's poll does it
            queued.set(false);
        }
    }
}
