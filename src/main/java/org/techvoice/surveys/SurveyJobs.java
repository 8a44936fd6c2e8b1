package org.techvoice.surveys;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the survey lifecycle every minute on exactly one instance. */
@Component
class SurveyJobs {

    private final SurveyLifecycle lifecycle;

    SurveyJobs(SurveyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(fixedDelayString = "${techvoice.surveys.job-interval:PT1M}",
            initialDelayString = "${techvoice.surveys.job-initial-delay:PT30S}")
    @SchedulerLock(name = "surveys-lifecycle", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void run() {
        lifecycle.runDueWork();
    }
}
