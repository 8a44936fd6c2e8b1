package org.techvoice.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The wake-up on a real scheduler, with the transaction's end played by hand as Spring's transaction manager plays it. */
class AfterCommitWakeUpTest {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<Long> runs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        scheduler.initialize();
    }

    @AfterEach
    void stop() {
        scheduler.shutdown();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private AfterCommitWakeUp wakeUp(Duration spacing) {
        return new AfterCommitWakeUp(scheduler, () -> runs.add(System.nanoTime()), spacing);
    }

    @Test
    void withoutATransactionTheJobRunsAtOnce() {
        wakeUp(Duration.ZERO).workStored();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);
    }

    @Test
    void inATransactionTheJobRunsOnceAfterTheCommitHoweverMuchWasStored() throws Exception {
        AfterCommitWakeUp wakeUp = wakeUp(Duration.ZERO);
        TransactionSynchronizationManager.initSynchronization();
        wakeUp.workStored();
        wakeUp.workStored();
        wakeUp.workStored();
        Thread.sleep(100);
        assertThat(runs).as("nothing before the commit").isEmpty();

        end(TransactionSynchronization.STATUS_COMMITTED);

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);
        Thread.sleep(100);
        assertThat(runs).hasSize(1);
    }

    @Test
    void aRolledBackTransactionWakesNothingAndTheNextOneAsksAgain() throws Exception {
        AfterCommitWakeUp wakeUp = wakeUp(Duration.ZERO);
        TransactionSynchronizationManager.initSynchronization();
        wakeUp.workStored();
        end(TransactionSynchronization.STATUS_ROLLED_BACK);
        Thread.sleep(100);
        assertThat(runs).isEmpty();

        TransactionSynchronizationManager.initSynchronization();
        wakeUp.workStored();
        end(TransactionSynchronization.STATUS_COMMITTED);
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);
    }

    @Test
    void wokenRunsStartAtLeastTheSpacingApart() {
        AfterCommitWakeUp wakeUp = wakeUp(Duration.ofMillis(300));
        wakeUp.workStored();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);

        wakeUp.workStored();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);

        assertThat(TimeUnit.NANOSECONDS.toMillis(runs.get(1) - runs.get(0))).isGreaterThanOrEqualTo(290);
    }

    @Test
    void aStoppedSchedulerLeavesTheWorkToTheNextStart() {
        AfterCommitWakeUp wakeUp = wakeUp(Duration.ZERO);
        scheduler.shutdown();

        wakeUp.workStored();

        assertThat(runs).isEmpty();
    }

    /** What the transaction manager does at the end of a transaction: the callbacks, then the synchronizations cleared. */
    private static void end(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
    }
}
