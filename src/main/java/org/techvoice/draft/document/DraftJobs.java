package org.techvoice.draft.document;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Compiles waiting drafts, on one instance at a time. Because the lock is held for the whole run, a request
 * found waiting at the start of a run is never being compiled elsewhere: it is new, or its instance died.
 */
@Component
class DraftJobs {

    private final DraftService drafts;

    DraftJobs(DraftService drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "${techvoice.draft.poll-delay:PT0.5S}", initialDelayString = "${techvoice.draft.poll-initial-delay:PT1S}")
    @SchedulerLock(name = "draft-requests", lockAtMostFor = "PT5M")
    void compileWaiting() {
        drafts.compileWaiting();
    }
}
