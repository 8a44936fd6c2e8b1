package org.techvoice.outbox;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The outbox's scheduled job. ShedLock lets one instance deliver at a time, which keeps Slack's per-channel
 * pacing in one place; claiming with SKIP LOCKED still keeps rows apart should two runs ever overlap.
 */
@Component
class OutboxJobs {

    private final OutboxWorker worker;

    OutboxJobs(OutboxWorker worker) {
        this.worker = worker;
    }

    /** The lock is kept alive while a run lasts; a killed instance's lock runs out within 30 s (SchedulingConfiguration). */
    @Scheduled(fixedDelayString = "${techvoice.outbox.poll-delay:200ms}")
    @SchedulerLock(name = "outbox-delivery", lockAtMostFor = "PT30S")
    public void deliverDue() {
        worker.deliverDue();
    }
}
