package org.techvoice.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Does waiting stored requests, on one instance at a time. Because the lock is held for the whole run, a request
 * found waiting at the start of a run is never being done elsewhere: it is new, or its instance died.
 */
@Component
class StoredRequestJobs {

    private final StoredRequestRunner requests;

    StoredRequestJobs(StoredRequestRunner requests) {
        this.requests = requests;
    }

    @Scheduled(fixedDelayString = "${techvoice.stored-requests.poll-delay:PT0.5S}",
            initialDelayString = "${techvoice.stored-requests.poll-initial-delay:PT1S}")
    @SchedulerLock(name = "stored-requests", lockAtMostFor = "PT30S")
    void runWaiting() {
        requests.runWaiting();
    }
}
