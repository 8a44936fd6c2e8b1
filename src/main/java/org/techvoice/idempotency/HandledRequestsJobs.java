package org.techvoice.idempotency;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Forgets handled requests once Slack can no longer retry them, on one instance at a time. */
@Component
class HandledRequestsJobs {

    /** Slack gives up retrying an event after about an hour; a day leaves a wide margin. */
    static final Duration KEEP = Duration.ofDays(1);

    private final HandledRequests handled;

    HandledRequestsJobs(HandledRequests handled) {
        this.handled = handled;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "handled-request-purge", lockAtMostFor = "PT10M")
    public void forgetOld() {
        handled.forgetOlderThan(KEEP);
    }
}
