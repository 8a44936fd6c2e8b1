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
    /** False until the first scheduled run, after its initial delay: until then nothing runs the requests. */
    private volatile boolean polling;

    StoredRequestJobs(StoredRequestRunner requests) {
        this.requests = requests;
    }

    @Scheduled(fixedDelayString = "${techvoice.stored-requests.poll-delay:PT0.5S}",
            initialDelayString = "${techvoice.stored-requests.poll-initial-delay:PT1S}")
    @SchedulerLock(name = "stored-requests", lockAtMostFor = "PT30S")
    void runWaiting() {
        polling = true;
        requests.runWaiting();
    }

    /**
     * A request was just stored ({@link StoredRequests}): runs the waiting ones now rather than at the next poll,
     * once polling has begun (an instance started with a long initial delay does no request before it).
     */
    @SchedulerLock(name = "stored-requests", lockAtMostFor = "PT30S")
    void runWoken() {
        if (polling) {
            requests.runWaiting();
        }
    }
}
